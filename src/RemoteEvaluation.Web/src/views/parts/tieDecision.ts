import { field, h } from "../../dom";
import type { SessionChannel } from "../../hub/sessionChannel";
import { t } from "../../i18n";
import { bidderName, type SessionModel } from "../../model/session";
import { commandButton } from "./commandButton";
import { Keyed } from "./keyed";

/**
 * The tenderer's decision on tied bids (招标人确定排序, RecordTendererDecision): offered only while the summary holds a tie
 * the rules cannot break, and only by the views of those who may send it (SessionCommandRoles: host staff and the
 * tenderer's representatives). Once recorded, every page that has the part shows the order and who recorded it.
 */
export class TieDecision {
  readonly part = new Keyed("section", "card tie-decision");

  /** `channel` is null on a page whose reader may not send the decision: it then only shows the recorded one. */
  constructor(private readonly channel: SessionChannel | null) {}

  update(m: SessionModel): void {
    // The server names the ties in the summary table (its Ranker's); the page never ranks bids itself.
    const ties = this.channel && m.phase === "Summary" ? m.tiesToDecide : [];
    const decision = m.tendererDecision;
    this.part.update(`${JSON.stringify(ties)}|${decision?.order.join(">") ?? "-"}`, () => {
      if (ties.length === 0 && !decision) return [];
      const name = (id: string) => bidderName(m, id);
      return [
        h("h3", {}, t("tie.heading")),
        decision ? h("p", { "data-tenderer-order": decision.order.join(">") }, t("tie.recorded", { order: decision.order.map(name).join(" > "), by: decision.decidedBy })) : null,
        ties.length ? this.form(ties, name) : null,
      ];
    });
  }

  /** One choice per place in each tie, first filled in the rules' order; the server checks that each bid is placed once. */
  private form(ties: string[][], name: (id: string) => string): HTMLElement {
    const places = ties.map((tie, g) => tie.map((preset, i) =>
      h("select", { name: `tie-${g + 1}-${i + 1}` }, tie.map((id) => h("option", { value: id, selected: id === preset }, name(id))))));
    return h("div", { class: "tie-form" },
      h("p", {}, t("tie.intro")),
      ties.map((tie, g) => h("fieldset", { "data-tie": tie.join("=") },
        h("legend", {}, t("tie.group", { bidders: tie.map(name).join(" = ") })),
        places[g].map((select, i) => field(t("tie.position", { group: g + 1, place: i + 1 }), select)))),
      h("div", { class: "actions" },
        commandButton(t("tie.submit"), () => this.channel!.command("RecordTendererDecision", places.flat().map((s) => s.value)))));
  }
}
