import { h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";
import { recheckDialog } from "../parts/recheckDialog";

/**
 * The chair's own actions (组长): the rules let only a committee member conclude the review, re-check a score and
 * accept the summary, so they live on the chair's page, not on the host console.
 */
export class ChairPanel {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel, private readonly me: string) {}

  update(m: SessionModel): void {
    const isChair = m.chair === this.me;
    this.part.update(`${m.phase}|${isChair}|${!!m.reviewOutcomes}|${m.summary?.revision ?? "-"}`, () => {
      if (!isChair) return [];
      const c = (label: string, method: string) => commandButton(label, () => this.channel.command(method));
      const actions =
        m.phase === "Review" && !m.reviewOutcomes ? [c(t("chair.conclude_review"), "ConcludeReview")]
        : m.phase === "Summary" ? [c(t("chair.accept_summary"), "AcceptSummary"), recheckDialog(this.channel, m)]
        : [];
      return actions.length ? [h("h3", {}, t("chair.heading")), h("div", { class: "actions" }, actions)] : [];
    });
  }
}
