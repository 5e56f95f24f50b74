import { h } from "../../dom";
import { t } from "../../i18n";
import type { SessionModel } from "../../model/session";

/** The report's ranking and who has signed (签字情况), as far as this client was shown. */
export function reportSummary(m: SessionModel): HTMLElement {
  const ranking = m.report?.ranking ?? m.ranking;
  const signed = new Map(m.reportSignatures.map((s) => [s.personId, s]));
  return h("div", { class: "report" },
    ranking ? h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("summary.rank")), h("th", { scope: "col" }, t("summary.bidder")), h("th", { scope: "col" }, t("summary.total")))),
      h("tbody", {}, (ranking.candidates ?? []).map((c: any) => h("tr", {}, h("td", {}, c.rank ?? "—"), h("td", {}, c.bidderId), h("td", {}, c.total))))) : null,
    h("h4", {}, t("report.signatures")),
    h("ul", {}, m.members.map((x) => {
      const s = signed.get(x.personId);
      return h("li", {}, `${x.personId}: `, s ? t(s.given === "Dissent" ? "report.signed_dissent" : "report.signed_agree") : t("report.not_signed"));
    })));
}
