import { field, h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";

/** The qualification review table (资格评审表): pass or fail per item per bid, a reason for every fail. */
export class ReviewPanel {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel, private readonly me: string) {}

  update(m: SessionModel): void {
    const mine = m.bids.map((b) => (m.reviewVerdicts.has(`${this.me}|${b.bidderId}`) ? "1" : "0")).join("");
    this.part.update(`${m.phase}|${mine}|${!!m.reviewOutcomes}|${m.bids.length}`, () => {
      if (m.phase !== "Review" || !m.criteria) return [];
      const items = m.criteria.qualificationItems;
      return [
        h("h3", {}, t("review.heading")),
        m.reviewOutcomes ? h("p", {}, t("review.concluded")) : null,
        ...m.bids.map((bid) => {
          const submitted = m.reviewVerdicts.get(`${this.me}|${bid.bidderId}`);
          const rows = items.map((item) => {
            const verdict = h("select", { name: `verdict-${bid.bidderId}-${item.id}` },
              h("option", { value: "pass" }, t("review.pass")), h("option", { value: "fail" }, t("review.fail")));
            const reason = h("input", { name: `reason-${bid.bidderId}-${item.id}` });
            const previous = submitted?.find((v: any) => v.itemId === item.id);
            if (previous) {
              verdict.value = previous.pass ? "pass" : "fail";
              reason.value = previous.reason ?? "";
            }
            return { item, verdict, reason };
          });
          return h("fieldset", { class: "review-bid" },
            h("legend", {}, `${bid.bidderName} (${bid.bidderId})`),
            h("table", { class: "grid" }, h("tbody", {}, rows.map((r) => h("tr", {},
              h("th", { scope: "row" }, r.item.name),
              h("td", {}, field(t("review.verdict"), r.verdict)),
              h("td", {}, field(t("review.reason"), r.reason)))))),
            submitted ? h("p", { class: "note" }, t("review.submitted")) : null,
            commandButton(t("review.submit"), () => this.channel.command("SubmitReviewVerdicts", bid.bidderId,
              rows.map((r) => ({ itemId: r.item.id, pass: r.verdict.value === "pass", reason: r.reason.value.trim() || null })))));
        }),
      ];
    });
  }
}
