import { h } from "../../dom";
import { t } from "../../i18n";
import { sheetKey, validBids, type SessionModel } from "../../model/session";
import { scoredItems } from "../../scoring/validateSheet";
import { Keyed } from "../parts/keyed";
import { phaseName } from "../phase";

/** This expert's progress (进度): phase, review tables and score sheets done. */
export class ProgressPanel {
  readonly part = new Keyed("section", "card progress");

  constructor(private readonly me: string, private readonly sessionId: string) {}

  update(m: SessionModel): void {
    const parts = m.criteria?.parts.filter((p) => scoredItems(p).length > 0) ?? [];
    const bids = validBids(m);
    const sheets = parts.flatMap((p) => bids.map((b) => sheetKey(this.me, b.bidderId, p.kind)));
    const submitted = sheets.filter((k) => m.submitted.has(k)).length;
    const signed = sheets.filter((k) => m.signed.has(k)).length;
    const reviewed = m.bids.filter((b) => m.reviewVerdicts.has(`${this.me}|${b.bidderId}`)).length;
    const key = [m.phase, !!m.suspended, submitted, signed, reviewed, sheets.length, m.projectCode].join("|");
    this.part.update(key, () => [
      // Members see the project only if the rules show it to them (四不知): otherwise the session id names it.
      h("h2", {}, m.projectCode ? `${m.projectCode} ${m.projectName}` : t("session.untitled", { id: this.sessionId })),
      h("p", {}, t("sessions.phase"), ": ", h("strong", { "data-phase": m.phase }, phaseName(m.phase))),
      m.suspended ? h("p", { class: "error" }, t("session.suspended_because", { reason: m.suspended.reason })) : null,
      h("p", {}, t("progress.review", { done: reviewed, total: m.bids.length }), " · ",
        t("progress.sheets", { submitted, signed, total: sheets.length })),
    ]);
  }
}
