import { h } from "../../dom";
import { t } from "../../i18n";
import { sheetKey, validBids, type SessionModel } from "../../model/session";
import { scoredItems } from "../../scoring/validateSheet";
import { Keyed } from "../parts/keyed";

/** The progress matrix (评分进度): per expert and bid, each part's sheet submitted or signed — never the values before the summary. */
export class ProgressMatrix {
  readonly part = new Keyed("section", "card");

  update(m: SessionModel): void {
    const parts = m.criteria?.parts.filter((p) => scoredItems(p).length > 0) ?? [];
    const bids = validBids(m);
    const experts = m.members.filter((x) => !m.absent.has(x.personId));
    const key = `${m.phase}|${m.submitted.size}|${m.signed.size}|${bids.length}|${experts.length}`;
    this.part.update(key, () => {
      if (!["Scoring", "Summary", "Report", "Closed", "Archived"].includes(m.phase)) return [];
      const state = (k: string) => (m.signed.has(k) ? t("scoring.status_signed") : m.submitted.has(k) ? t("scoring.status_submitted") : t("scoring.status_open"));
      return [
        h("h3", {}, t("matrix.heading")),
        h("table", { class: "grid matrix" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("matrix.expert")), bids.map((b) => h("th", { scope: "col" }, b.bidderName)))),
          h("tbody", {}, experts.map((x) => h("tr", {}, h("th", { scope: "row" }, x.personId),
            bids.map((b) => h("td", {}, parts.map((p) => {
              const k = sheetKey(x.personId, b.bidderId, p.kind);
              return h("div", { "data-sheet": k, class: m.signed.has(k) ? "ok" : "" }, t("matrix.cell", { part: p.name, state: state(k) }));
            }))))))),
      ];
    });
  }
}
