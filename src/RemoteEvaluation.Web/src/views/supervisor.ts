import { DocumentViewer } from "../documents/documentViewer";
import { h, mount } from "../dom";
import { t } from "../i18n";
import type { ViewHandle } from "../main";
import { LiveSession } from "../model/liveSession";
import { navigate } from "../router";
import type { Shell } from "../shell";
import { CheckInBoard, LinkBoard } from "./host/checkInBoard";
import { ProgressMatrix } from "./host/progressMatrix";
import { ChatPanel } from "./parts/chatPanel";
import { Keyed } from "./parts/keyed";
import { WarningsPanel } from "./parts/warningsPanel";
import { phaseName } from "./phase";
import { sessionList } from "./sessionList";
import { WarningForm } from "./supervisor/warningForm";
import { timeline } from "./timeline";

/**
 * The supervisor's view (监督): every session in the province, and a live read-only view of one — what the host console
 * shows, built from the host's own read-only parts, with no controls — plus the form to issue a warning.
 */
export function supervisorView(shell: Shell, sessionId: string | null): ViewHandle {
  const root = h("section", { "data-view": "supervisor" });
  mount(shell.main, root);
  const open = (id: string) => navigate(`/sessions/${encodeURIComponent(id)}`);
  if (!sessionId) {
    void sessionList(root, (s) => open(s.sessionId));
    return { rerender: () => void sessionList(root, (s) => open(s.sessionId)) };
  }

  const live = new LiveSession(sessionId, shell, () => update());
  const heading = new Keyed("header", "session-heading");
  const checkIn = CheckInBoard.readOnly();
  const links = new LinkBoard();
  const matrix = new ProgressMatrix();
  const viewer = new DocumentViewer(sessionId);
  const chat = new ChatPanel(live.channel, false);
  const warnings = new WarningsPanel();
  const form = new WarningForm(live.channel);
  const events = new Keyed("section", "card");
  const back = h("button", { type: "button", class: "secondary", onclick: () => navigate("/") });

  mount(root,
    back, heading.root,
    h("div", { class: "two-columns" },
      h("div", { class: "column" }, form.root, warnings.part.root, h("section", { class: "card" }, viewer.root), chat.root),
      h("div", { class: "column" }, checkIn.part.root, links.part.root, matrix.part.root, events.root)));

  const update = () => {
    const m = live.model;
    back.textContent = t("view.back");
    heading.update(`${m.projectCode}|${m.phase}|${!!m.suspended}`, () => [
      h("h2", {}, `${m.projectCode} ${m.projectName}`),
      h("p", { "data-phase": m.phase }, t("supervisor.phase", { phase: phaseName(m.phase) }), m.suspended ? ` (${t("sessions.suspended")})` : ""),
    ]);
    form.update(m);
    warnings.update(m);
    checkIn.update(m);
    links.update(m, live.links, live.alerts);
    matrix.update(m);
    viewer.follow(m.document);
    chat.update(m);
    events.update(`${m.version}`, () => [h("h3", {}, t("host.timeline")), timeline(m, 100)]);
  };
  update();
  live.start();
  return {
    dispose: () => live.stop(),
    rerender: () => {
      mount(shell.main, root);
      [heading, warnings.part, checkIn.part, links.part, matrix.part, events].forEach((k) => k.invalidate());
      form.paint();
      viewer.paint();
      chat.paint();
      update();
    },
  };
}
