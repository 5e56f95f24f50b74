import { field, h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "./commandButton";

const grounds = ["SummationError", "SubScoreOutOfRange", "ObjectiveItemMismatch", "AbnormalScore"] as const;

/**
 * The re-check dialog (复核) with its grounds: the chair's (RecheckScore is a member's command, the chair's by the rules).
 * A member's page has no roster, so the experts offered are those it knows of: seated or named by a deviation flag.
 */
export function recheckDialog(channel: SessionChannel, m: SessionModel): HTMLElement {
  const items = m.criteria?.parts.flatMap((p) => p.items) ?? [];
  const experts = [...new Set([...m.members.map((x) => x.personId), ...(m.summary?.flags ?? []).map((f: any) => f.expertId as string)])];
  const expert = h("select", { name: "recheckExpert" }, h("option", { value: "" }, "—"), experts.map((id) => h("option", { value: id }, id)));
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
      commandButton(t("recheck.submit"), () => channel.command("RecheckScore", expert.value || null, bidder.value, item.value, Number(score.value), ground.value, reason.value.trim())
        .then((ack) => {
          dialog.close();
          return ack;
        })),
      h("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, t("recheck.cancel"))));
  return h("div", {}, h("button", { type: "button", onclick: () => dialog.showModal() }, t("recheck.open")), dialog);
}
