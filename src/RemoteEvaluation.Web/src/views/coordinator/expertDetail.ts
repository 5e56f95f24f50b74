import { api } from "../../api";
import { field, h, mount } from "../../dom";
import { formatTime } from "../../format";
import { has, t } from "../../i18n";
import { actionForm, refusalMessage } from "../parts/refusal";
import { expertStatuses, penaltyKinds } from "./pool";

/** One expert's record (专家档案) as `GET /api/experts/{id}` answers a coordinator. */
interface ExpertView {
  expertId: string;
  status: string;
  region: string | null;
  specialties: string[];
  qualification: string;
  identity: { name: string; idNumber: string; birthDate: string; phone: string } | null;
  employment: { employerId: string; employerName: string; from: string; until: string | null }[];
  conflicts: { counterpartyId: string; reason: string; declaredOn: string }[];
  penalties: { penaltyId: string; kind: string; tenderingMisconduct: boolean; reason: string; imposed: string; until: string | null }[];
  assignments: { sessionId: string; from: string }[];
  conduct: unknown[];
  fees: unknown[];
}

export function statusName(status: string): string {
  const id = `pool.status.${status}`;
  return has(id) ? t(id) : status;
}

function qualificationName(q: string): string {
  const id = `pool.qualification.${q}`;
  return has(id) ? t(id) : q;
}

/**
 * One expert's record (专家档案): the sealed identity coordinators see, specialties, employment, conflicts, penalties
 * and sessions sat; the status change (在库/暂停/出库, with the reason) and a penalty (处罚) are recorded from here.
 */
export class ExpertDetail {
  readonly root = h("section", { class: "card expert-detail", "aria-labelledby": "expert-detail-heading", tabindex: -1, hidden: true });
  private expertId: string | null = null;

  constructor(private readonly changed: () => void) {}

  async show(expertId: string): Promise<void> {
    this.expertId = expertId;
    this.root.hidden = false;
    try {
      this.paint(await api<ExpertView>("GET", `/api/experts/${encodeURIComponent(expertId)}`));
    } catch (failure) {
      mount(this.root, h("h3", { id: "expert-detail-heading" }, expertId), h("p", { class: "error", role: "alert" }, refusalMessage(failure)));
    }
    this.root.focus();
  }

  /** Repaints in the current language (a language switch). */
  async refresh(): Promise<void> {
    if (this.expertId) await this.show(this.expertId);
  }

  private paint(e: ExpertView): void {
    const facts: [string, string][] = [
      [t("pool.status"), statusName(e.status)],
      [t("pool.name"), e.identity?.name ?? "—"],
      [t("pool.id_number"), e.identity?.idNumber ?? "—"],
      [t("pool.birth_date"), e.identity?.birthDate ?? "—"],
      [t("pool.phone"), e.identity?.phone ?? "—"],
      [t("pool.region"), e.region ?? "—"],
      [t("pool.qualification"), qualificationName(e.qualification)],
      [t("pool.specialties"), e.specialties.join(", ") || "—"],
      [t("pool.employment"), e.employment.map((j) => `${j.employerName} (${j.from} – ${j.until ?? t("pool.current")})`).join("; ") || "—"],
      [t("pool.conflicts"), e.conflicts.map((c) => `${c.counterpartyId}: ${c.reason}`).join("; ") || "—"],
      [t("pool.sessions_sat"), String(e.assignments.length)],
    ];
    mount(this.root,
      h("h3", { id: "expert-detail-heading", "data-expert": e.expertId, "data-status": e.status }, t("pool.detail_heading", { id: e.expertId })),
      h("dl", { class: "facts" }, facts.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])),
      h("h4", {}, t("pool.penalties")),
      e.penalties.length === 0 ? h("p", {}, t("pool.no_penalties")) : h("ul", { class: "penalties" }, e.penalties.map((p) => h("li", { "data-penalty": p.penaltyId },
        `${p.imposed} ${penaltyName(p.kind)}${p.until ? ` – ${p.until}` : ""}${p.tenderingMisconduct ? ` · ${t("pool.misconduct")}` : ""}: ${p.reason}`))),
      e.assignments.length ? h("p", { class: "note" }, t("pool.last_session", { session: e.assignments[e.assignments.length - 1].sessionId, time: formatTime(e.assignments[e.assignments.length - 1].from) })) : null,
      h("div", { class: "form-row" }, this.statusForm(e), this.penaltyForm(e)));
  }

  private statusForm(e: ExpertView): HTMLFormElement {
    const status = h("select", {}, expertStatuses.map((s) => h("option", { value: s, selected: s === e.status }, statusName(s))));
    const reason = h("input", { type: "text", required: true });
    return actionForm(t("pool.change_status"), [field(t("pool.new_status"), status), field(t("pool.status_reason"), reason)], t("pool.change_status_submit"), async () => {
      await api("POST", `/api/experts/${encodeURIComponent(e.expertId)}/status`, { status: status.value, reason: reason.value.trim() });
      await this.show(e.expertId);
      this.changed();
      return t("pool.status_changed", { status: statusName(status.value) });
    });
  }

  private penaltyForm(e: ExpertView): HTMLFormElement {
    const id = h("input", { type: "text", required: true, autocomplete: "off" });
    const kind = h("select", {}, penaltyKinds.map((k) => h("option", { value: k }, penaltyName(k))));
    const misconduct = h("input", { type: "checkbox" });
    const reason = h("input", { type: "text", required: true });
    const imposed = h("input", { type: "date", required: true });
    const until = h("input", { type: "date" });
    return actionForm(t("pool.impose_penalty"),
      [field(t("pool.penalty_id"), id), field(t("pool.penalty_kind"), kind), field(t("pool.misconduct"), misconduct), field(t("pool.penalty_reason"), reason),
        field(t("pool.imposed"), imposed), field(t("pool.until"), until)],
      t("pool.impose_submit"), async () => {
        await api("POST", `/api/experts/${encodeURIComponent(e.expertId)}/penalties`, {
          penaltyId: id.value.trim(), kind: kind.value, tenderingMisconduct: misconduct.checked, reason: reason.value.trim(), imposed: imposed.value || null, until: until.value || null,
        });
        await this.show(e.expertId);
        this.changed();
      });
  }
}

function penaltyName(kind: string): string {
  const id = `pool.penalty.${kind}`;
  return has(id) ? t(id) : kind;
}
