import type { Me } from "../auth";
import { h, mount } from "../dom";
import { t } from "../i18n";
import type { ViewHandle } from "../main";
import { LiveSession } from "../model/liveSession";
import { navigate } from "../router";
import type { Shell } from "../shell";
import { phaseName } from "./phase";
import { sessionList } from "./sessionList";
import { timeline } from "./timeline";

/** The host console (主会场控制台): the list of the centre's sessions, or one session's console. */
export function hostView(shell: Shell, me: Me, sessionId: string | null): ViewHandle {
  const root = h("section", { "data-view": "host" });
  mount(shell.main, root);
  if (!sessionId) {
    void sessionList(root, (s) => navigate(`/sessions/${encodeURIComponent(s.sessionId)}`));
    return {};
  }
  void me;
  const live = new LiveSession(sessionId, shell, () => paint());
  const paint = () => {
    const m = live.model;
    mount(root,
      h("button", { type: "button", onclick: () => navigate("/") }, t("view.back")),
      h("h2", {}, `${m.projectCode} ${m.projectName}`),
      h("p", {}, t("sessions.phase"), ": ", phaseName(m.phase)),
      timeline(m));
  };
  paint();
  live.start();
  return { dispose: () => live.stop(), rerender: paint };
}
