import { h } from "../../dom";
import { t } from "../../i18n";
import type { SessionModel } from "../../model/session";
import { Keyed } from "../parts/keyed";

/**
 * The summary table (评分汇总表) with deviation flags and the ranking. Read-only: a re-check (复核) is the chair's,
 * on the chair's own page (host staff are refused RecheckScore).
 */
export class SummaryTable {
  readonly part = new Keyed("section", "card");

  update(m: SessionModel): void {
    const table = m.summary;
    this.part.update(`${table?.revision ?? "-"}|${m.phase}|${m.rechecks.length}|${!!m.ranking}`, () => {
      if (!table) return [];
      const name = (id: string) => m.bids.find((b) => b.bidderId === id)?.bidderName ?? id;
      const rankOf = new Map<string, number | null>((m.ranking?.candidates ?? []).map((c: any) => [c.bidderId, c.rank]));
      return [
        h("h3", {}, t("summary.heading")),
        h("table", { class: "grid" },
          h("thead", {}, h("tr", {}, ["summary.bidder", "summary.price", "summary.technical", "summary.commercial", "summary.price_score", "summary.total", "summary.rank"].map((id) => h("th", { scope: "col" }, t(id as never))))),
          h("tbody", {}, [...table.bids].sort((a: any, b: any) => b.total - a.total).map((b: any) => h("tr", { "data-bidder": b.bidderId },
            h("td", {}, name(b.bidderId)), h("td", {}, b.bidPrice), h("td", {}, b.technical), h("td", {}, b.commercial), h("td", {}, b.price),
            h("td", {}, h("strong", {}, b.total)), h("td", {}, rankOf.get(b.bidderId) ?? "—"))))),
        h("h4", {}, t("summary.flags")),
        table.flags.length === 0 ? h("p", {}, t("summary.no_flags")) : h("ul", { class: "flags" }, table.flags.map((f: any) => h("li", { class: "warn" },
          t("summary.flag_text", { expert: f.expertId, bidder: name(f.bidderId), item: f.itemId, score: f.score, mean: f.itemMean })))),
      ];
    });
  }

}
