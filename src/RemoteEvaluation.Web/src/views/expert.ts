import type { Me } from "../auth";
import { DocumentViewer } from "../documents/documentViewer";
import { h, mount } from "../dom";
import type { ViewHandle } from "../main";
import { LiveSession } from "../model/liveSession";
import type { Shell } from "../shell";
import { ChairPanel } from "./expert/chairPanel";
import { DeviationsPanel } from "./expert/deviationsPanel";
import { OpeningPanel } from "./expert/openingPanel";
import { ProgressPanel } from "./expert/progressPanel";
import { RechecksPanel } from "./expert/rechecksPanel";
import { ReportPanel } from "./expert/reportPanel";
import { ReviewPanel } from "./expert/reviewPanel";
import { ScoringPanel } from "./expert/scoringPanel";
import { ChatPanel } from "./parts/chatPanel";
import { TieDecision } from "./parts/tieDecision";

/**
 * The expert's view (专家评标界面) of the one session the check-in code was for: the bid document following the
 * presenter, then what the phase asks of them — declarations and the chair vote, the review table, the score sheets,
 * the summary's deviation explanations, re-checks and ties, the report — with progress and chat. Everything shown comes from the hub's pushes to this expert.
 */
export function expertView(shell: Shell, me: Me): ViewHandle {
  const person = me.expertId ?? me.username;
  const live = new LiveSession(me.sessionId!, shell, () => update());
  const viewer = new DocumentViewer(me.sessionId!);
  const progress = new ProgressPanel(person, me.sessionId!);
  const opening = new OpeningPanel(live.channel, person);
  const review = new ReviewPanel(live.channel, person);
  const scoring = new ScoringPanel(live.channel, person);
  const report = new ReportPanel(live.channel, person);
  const chair = new ChairPanel(live.channel, person);
  const rechecks = new RechecksPanel(person);
  const deviations = new DeviationsPanel(live.channel, person);
  // Only a tenderer's representative may record the tenderer's decision on ties (SessionCommandRoles); experts read it.
  const tie = new TieDecision(me.role === "tenderer_representative" ? live.channel : null);
  const chat = new ChatPanel(live.channel, false);
  const panels = [progress, opening, chair, deviations, rechecks, tie, review, scoring, report];

  const root = h("section", { "data-view": "expert", class: "two-columns" },
    h("div", { class: "column document-column" }, viewer.root),
    h("div", { class: "column work-column" }, panels.map((p) => p.part.root), chat.root));
  mount(shell.main, root);

  const update = () => {
    const m = live.model;
    viewer.follow(m.document);
    panels.forEach((p) => p.update(m));
    chat.update(m);
  };
  update();
  live.start();
  return {
    dispose: () => live.stop(),
    rerender: () => {
      mount(shell.main, root);
      viewer.paint();
      chat.paint();
      panels.forEach((p) => p.part.invalidate());
      update();
    },
  };
}
