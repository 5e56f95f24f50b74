import type { Me } from "../auth";
import { h, mount } from "../dom";
import { t } from "../i18n";
import type { ViewHandle } from "../main";
import { LiveSession } from "../model/liveSession";
import type { Shell } from "../shell";
import { phaseName } from "./phase";

/** The expert's view (专家评标界面) of the one session the check-in code was for. */
export function expertView(shell: Shell, me: Me): ViewHandle {
  const root = h("section", { "data-view": "expert" });
  mount(shell.main, root);
  const live = new LiveSession(me.sessionId!, shell, () => paint());
  const paint = () => {
    const m = live.model;
    mount(root, h("h2", {}, `${m.projectCode} ${m.projectName}`), h("p", {}, t("sessions.phase"), ": ", phaseName(m.phase)));
  };
  paint();
  live.start();
  return { dispose: () => live.stop(), rerender: paint };
}
