import { field, h } from "../../dom";
import type { SessionChannel } from "../../hub/sessionChannel";
import { t } from "../../i18n";
import { ownFlags, type ExplainedFlag } from "../../model/deviations";
import { bidderName, deviationKey, itemName, type SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";

/**
 * The member's own flagged scores in the summary (偏离说明): each with the reason they recorded, or, while it is
 * unexplained, a field and a button to explain it (ExplainDeviation: any member, own flags only — SessionCommandRoles
 * and the domain's own-sheet rule). The chair cannot accept the summary while a flag is unexplained.
 */
export class DeviationsPanel {
  readonly part = new Keyed("section", "card deviations");

  constructor(private readonly channel: SessionChannel, private readonly me: string) {}

  update(m: SessionModel): void {
    const own = ownFlags(m, this.me);
    this.part.update(`${m.summary?.revision ?? "-"}|${own.map((o) => `${deviationKey(o.flag)}=${o.explanation?.reason ?? ""}`).join(";")}`, () => {
      if (own.length === 0) return [];
      return [
        h("h3", {}, t("deviation.heading")),
        own.some((o) => !o.explanation) ? h("p", {}, t("deviation.intro")) : null,
        h("ul", {}, own.map((o) => this.entry(o, bidderName(m, o.flag.bidderId), itemName(m, o.flag.itemId)))),
      ];
    });
  }

  private entry({ flag, explanation }: ExplainedFlag, bidder: string, item: string): HTMLElement {
    const text = t("deviation.flag", { bidder, item, score: flag.score, mean: flag.itemMean });
    const key = `${flag.bidderId}|${flag.itemId}`;
    if (explanation) {
      return h("li", { "data-flag": key }, text, h("p", { "data-explanation": key }, t("deviation.recorded", { reason: explanation.reason })));
    }
    const reason = h("textarea", { name: `deviation-${key}`, rows: 2 });
    return h("li", { "data-flag": key, class: "warn" }, text,
      field(t("deviation.reason"), reason),
      h("div", { class: "actions" },
        commandButton(t("deviation.submit"), () => this.channel.command("ExplainDeviation", this.me, flag.bidderId, flag.itemId, reason.value.trim()))));
  }
}
