import { field, h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";

const grounds = ["SummationError", "SubScoreOutOfRange", "ObjectiveItemMismatch", "AbnormalScore"] as const;

/** The summary table (评分汇总表) with deviation flags and the ranking, and the re-check dialog (复核) with its grounds. */
export class SummaryTable {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel) {}

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
        m.phase === "Summary" ? this.recheckDialog(m) : null,
      ];
    });
  }

  private recheckDialog(m: SessionModel): HTMLElement {
    const items = m.criteria?.parts.flatMap((p) => p.items) ?? [];
    const expert = h("select", { name: "recheckExpert" }, h("option", { value: "" }, "—"), m.members.map((x) => h("option", { value: x.personId }, x.personId)));
    const bidder = h("select", { name: "recheckBidder" }, m.bids.map((b) => h("option", { value: b.bidderId }, b.bidderName)));
    const item = h("select", { name: "recheckItem" }, items.map((i) => h("option", { value: i.id }, i.name)));
    const score = h("input", { name: "recheckScore", inputmode: "decimal" });
    const ground = h("select", { name: "recheckGround" }, grounds.map((g) => h("option", { value: g }, t(`ground.${g}`))));
    const reason = h("textarea", { name: "recheckReason", rows: 2 });
    const dialog: HTMLDialogElement = h("dialog", { class: "card", "aria-labelledby": "recheck-heading" },
      h("h3", { id: "recheck-heading" }, t("recheck.heading")),
      field(t("recheck.expert"), expert), field(t("recheck.bidder"), bidder), field(t("recheck.item"), item),
      field(t("recheck.new_score"), score), field(t("recheck.ground"), ground), field(t("recheck.reason"), reason),
      h("div", { class: "actions" },
        commandButton(t("recheck.submit"), () => this.channel.command("RecheckScore", expert.value || null, bidder.value, item.value, Number(score.value), ground.value, reason.value.trim())
          .then((ack) => {
            dialog.close();
            return ack;
          })),
        h("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, t("recheck.cancel"))));
    return h("div", {}, h("button", { type: "button", onclick: () => dialog.showModal() }, t("recheck.open")), dialog);
  }
}
