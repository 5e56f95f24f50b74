import { h } from "../../dom";
import { t } from "../../i18n";
import { explainedFlags, type ExplainedFlag } from "../../model/deviations";
import { bidderName, deviationKey, itemName, type SessionModel } from "../../model/session";
import { Keyed } from "../parts/keyed";

/**
 * The summary table (评分汇总表) with deviation flags and the ranking. Read-only: a re-check (复核) is the chair's,
 * on the chair's own page (host staff are refused RecheckScore). Each flag says whether its member has explained it
 * (偏离说明) and how, since the chair cannot accept the summary while one is unexplained.
 */
export class SummaryTable {
  readonly part = new Keyed("section", "card");

  update(m: SessionModel): void {
    const table = m.summary;
    const flags = explainedFlags(m);
    const explained = flags.map((o) => `${deviationKey(o.flag)}=${o.explanation?.reason ?? ""}`).join(";");
    this.part.update(`${table?.revision ?? "-"}|${m.phase}|${m.rechecks.length}|${!!m.ranking}|${explained}`, () => {
      if (!table) return [];
      const name = (id: string) => bidderName(m, id);
      const rankOf = new Map<string, number | null>((m.ranking?.candidates ?? []).map((c: any) => [c.bidderId, c.rank]));
      return [
        h("h3", {}, t("summary.heading")),
        h("table", { class: "grid" },
          h("thead", {}, h("tr", {}, ["summary.bidder", "summary.price", "summary.technical", "summary.commercial", "summary.price_score", "summary.total", "summary.rank"].map((id) => h("th", { scope: "col" }, t(id as never))))),
          h("tbody", {}, [...table.bids].sort((a: any, b: any) => b.total - a.total).map((b: any) => h("tr", { "data-bidder": b.bidderId },
            h("td", {}, name(b.bidderId)), h("td", {}, b.bidPrice), h("td", {}, b.technical), h("td", {}, b.commercial), h("td", {}, b.price),
            h("td", {}, h("strong", {}, b.total)), h("td", {}, rankOf.get(b.bidderId) ?? "—"))))),
        h("h4", {}, t("summary.flags")),
        flags.length === 0 ? h("p", {}, t("summary.no_flags")) : h("ul", { class: "flags" }, flags.map((o) => flagEntry(o, name(o.flag.bidderId), itemName(m, o.flag.itemId)))),
      ];
    });
  }
}

/** One flag: the score and the mean, then the member's explanation beside it (also on hover), or that none is given yet. */
function flagEntry({ flag, explanation }: ExplainedFlag, bidder: string, item: string): HTMLElement {
  const key = deviationKey(flag);
  const text = t("summary.flag_text", { expert: flag.expertId, bidder, item, score: flag.score, mean: flag.itemMean });
  return explanation
    ? h("li", { "data-flag": key, "data-explained": "true", title: explanation.reason }, text, " ",
      h("span", { class: "ok", "data-explanation": key }, t("summary.flag_explained", { reason: explanation.reason })))
    : h("li", { "data-flag": key, "data-explained": "false", class: "warn" }, text, " ",
      h("strong", {}, t("summary.flag_unexplained")));
}
