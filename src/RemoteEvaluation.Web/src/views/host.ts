import "./roles.css";
import type { Me } from "../auth";
import { h, mount } from "../dom";
import { t } from "../i18n";
import type { ViewHandle } from "../main";
import { LiveSession } from "../model/liveSession";
import { navigate } from "../router";
import type { Shell } from "../shell";
import { CheckInBoard, LinkBoard } from "./host/checkInBoard";
import { PhaseControls } from "./host/phaseControls";
import { PresenterControls } from "./host/presenterControls";
import { ProgressMatrix } from "./host/progressMatrix";
import { SummaryTable } from "./host/summaryTable";
import { ChatPanel } from "./parts/chatPanel";
import { CheckInCodeCard } from "./parts/checkInCodeCard";
import { Keyed } from "./parts/keyed";
import { reportSummary } from "./parts/reportSummary";
import { TieDecision } from "./parts/tieDecision";
import { WarningsPanel } from "./parts/warningsPanel";
import { sessionList } from "./sessionList";
import { timeline } from "./timeline";

/**
 * The host console (主会场控制台): the centre's sessions, or one session's console — phase controls, presenter,
 * check-in and link boards, progress matrix, summary and the tenderer's decision on ties, report and signatures, chat
 * and the timeline.
 */
export function hostView(shell: Shell, me: Me, sessionId: string | null): ViewHandle {
  const root = h("section", { "data-view": "host" });
  mount(shell.main, root);
  if (!sessionId) {
    void sessionList(root, (s) => navigate(`/sessions/${encodeURIComponent(s.sessionId)}`));
    return { rerender: () => void sessionList(root, (s) => navigate(`/sessions/${encodeURIComponent(s.sessionId)}`)) };
  }

  const live = new LiveSession(sessionId, shell, () => update());
  const phase = new PhaseControls(live.channel);
  const presenter = new PresenterControls(live.channel);
  const code = new CheckInCodeCard(sessionId);
  const checkIn = new CheckInBoard(live.channel, () => me.siteId ?? "", code);
  const links = new LinkBoard();
  const matrix = new ProgressMatrix();
  const summary = new SummaryTable();
  const tie = new TieDecision(live.channel); // host staff may record the tenderer's decision (SessionCommandRoles)
  const report = new Keyed("section", "card");
  const chat = new ChatPanel(live.channel, true);
  const warnings = new WarningsPanel();
  const events = new Keyed("section", "card");
  const back = h("button", { type: "button", class: "secondary", onclick: () => navigate("/") });

  mount(root,
    back,
    h("div", { class: "two-columns" },
      h("div", { class: "column" }, phase.part.root, presenter.root, code.root),
      h("div", { class: "column" }, warnings.part.root, checkIn.part.root, links.part.root, matrix.part.root, summary.part.root, tie.part.root, report.root, chat.root, events.root)));

  const update = () => {
    const m = live.model;
    back.textContent = t("view.back");
    phase.update(m);
    presenter.update(m);
    checkIn.update(m);
    code.root.hidden = !m.members.some((x) => x.siteId === me.siteId);
    links.update(m, live.links, live.alerts);
    matrix.update(m);
    summary.update(m);
    tie.update(m);
    report.update(`${!!m.report}|${m.reportSignatures.length}|${m.phase}`, () => (m.report ? [h("h3", {}, t("report.heading")), reportSummary(m)] : []));
    chat.update(m);
    warnings.update(m);
    events.update(`${m.version}`, () => [h("h3", {}, t("host.timeline")), timeline(m, 100)]);
  };
  update();
  live.start();
  return {
    dispose: () => live.stop(),
    rerender: () => {
      mount(shell.main, root);
      [phase.part, warnings.part, checkIn.part, links.part, matrix.part, summary.part, tie.part, report, events].forEach((k) => k.invalidate());
      presenter.paint();
      code.paint();
      chat.paint();
      update();
    },
  };
}
