import { h } from "../../dom";
import { t } from "../../i18n";
import { bidderName, itemName, type SessionModel } from "../../model/session";
import { Keyed } from "../parts/keyed";

/**
 * The re-checks (复核) of the summary as a member reads them: the summary's revision, and each score the chair corrected,
 * the member's own first in their own words, so an expert sees at once that the chair changed one of their scores.
 */
export class RechecksPanel {
  readonly part = new Keyed("section", "card rechecks");

  constructor(private readonly me: string) {}

  update(m: SessionModel): void {
    const revision = m.summary?.revision;
    this.part.update(`${revision ?? "-"}|${m.rechecks.length}|${m.phase}`, () => {
      if (revision === undefined || m.phase !== "Summary") return [];
      const entry = (r: any) => {
        const args = { expert: r.expertId ?? "—", bidder: bidderName(m, r.bidderId), item: itemName(m, r.itemId), old: r.oldScore, new: r.newScore, ground: t(`ground.${r.ground}` as never), reason: r.reason };
        const own = r.expertId === this.me;
        return h("li", { "data-recheck": `${r.expertId ?? ""}|${r.bidderId}|${r.itemId}`, class: own ? "warn" : "" }, t(own ? "recheck.own_entry" : "recheck.entry", args));
      };
      const own = m.rechecks.filter((r) => r.expertId === this.me);
      const others = m.rechecks.filter((r) => r.expertId !== this.me);
      return [
        h("h3", { "data-revision": revision }, t("recheck.list_heading", { revision })),
        m.rechecks.length === 0 ? h("p", {}, t("recheck.none", { revision })) : h("ul", {}, [...own, ...others].map(entry)),
      ];
    });
  }
}
