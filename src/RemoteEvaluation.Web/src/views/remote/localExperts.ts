import { h } from "../../dom";
import { formatClock } from "../../format";
import type { SessionChannel } from "../../hub/sessionChannel";
import { has, t } from "../../i18n";
import type { Member, SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";
import { CheckInCodeCard } from "../parts/checkInCodeCard";

/**
 * The centre's own committee members (本地专家签到): staff check the person's identity papers, then check them in
 * (or mark them absent), and issue the one-time check-in code the expert types on their terminal. The code is shown
 * once, large, to be read out; it is kept only on this page.
 */
export class LocalExperts {
  readonly part = new Keyed("section", "card");
  private readonly verified = new Set<string>();
  /** The code last issued, read out to the expert (placed by the view). */
  readonly code: CheckInCodeCard;

  constructor(private readonly channel: SessionChannel, private readonly site: () => string) {
    this.code = new CheckInCodeCard(channel.sessionId);
  }

  update(m: SessionModel): void {
    const site = this.site();
    const local = m.members.filter((x) => x.siteId === site);
    const key = [site, m.phase, ...local.map((x) => `${x.personId}:${m.checkedIn.get(x.personId)?.at ?? ""}:${m.absent.has(x.personId)}`)].join("|");
    this.part.update(key, () => [
      h("h3", {}, t("remote.experts_heading", { site })),
      local.length === 0
        ? h("p", {}, t("remote.no_local_members"))
        : h("table", { class: "grid local-experts" },
            h("thead", {}, h("tr", {}, ["remote.person", "remote.kind", "checkin.state", "remote.identity", "remote.actions"].map((id) => h("th", { scope: "col" }, t(id as never))))),
            h("tbody", {}, local.map((x) => this.row(m, x)))),
    ]);
  }

  /** Repaints the parts that hold text after a language switch. */
  invalidate(): void {
    this.part.invalidate();
    this.code.paint();
  }

  private row(m: SessionModel, x: Member): HTMLElement {
    const came = m.checkedIn.get(x.personId);
    const absent = m.absent.has(x.personId);
    const open = !came && !absent && m.phase === "Scheduled";
    const state = absent ? t("checkin.absent") : came ? `${t("checkin.checked_in")} ${formatClock(came.at)}${came.late ? ` · ${t("checkin.late")}` : ""}` : t("checkin.waiting");
    const kindId = `remote.kind.${x.kind}`;

    const checkIn = commandButton(t("checkin.check_in"), () => this.channel.command("CheckIn", x.personId), { disabled: !this.verified.has(x.personId) });
    const checkInButton = checkIn.querySelector("button")!;
    const papers = h("input", { type: "checkbox", id: `verified-${x.personId}`, checked: this.verified.has(x.personId) });
    papers.addEventListener("change", () => {
      if (papers.checked) this.verified.add(x.personId);
      else this.verified.delete(x.personId);
      checkInButton.disabled = !papers.checked;
    });

    return h("tr", { "data-person": x.personId, class: absent || came?.late ? "warn" : "" },
      h("th", { scope: "row" }, x.personId),
      h("td", {}, has(kindId) ? t(kindId) : x.kind),
      h("td", {}, state),
      h("td", {}, open ? h("span", { class: "check" }, papers, h("label", { for: papers.id }, t("remote.identity_checked"))) : came ? t("remote.verified_by", { person: came.verifiedBy }) : "—"),
      h("td", {},
        open ? checkIn : null,
        open ? commandButton(t("checkin.mark_absent"), () => this.channel.command("MarkAbsent", x.personId), { className: "secondary" }) : null,
        !absent ? h("button", { type: "button", class: "secondary", onclick: () => void this.code.issue(x.personId) }, t("remote.issue_code")) : null));
  }
}
