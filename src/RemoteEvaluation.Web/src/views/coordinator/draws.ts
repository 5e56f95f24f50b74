import { api } from "../../api";
import { field, h, mount } from "../../dom";
import { formatTime } from "../../format";
import { has, t } from "../../i18n";
import { actionForm } from "../parts/refusal";
import { instantOf } from "./calendar";

/** A draw as `GET /api/draws/{id}` answers it; `invitations` is null while the draw is sealed for the caller (四不知). */
interface DrawView {
  drawId: string;
  sessionId: string;
  hostSiteId: string;
  status: string;
  sealed: boolean;
  rounds: number;
  slots: { slotIndex: number; specialtyCode: string; count: number; eligibleCount: number | null; confirmed: number; pending: number }[];
  shortSlots: number[];
  remoteSiteIds: string[];
  secretCommitment: string;
  revealedSecret: string | null;
  invitations: { expertId: string; slotIndex: number; siteId: string | null; status: string; deadline: string | null; reason: string | null }[] | null;
}

/** "C05 5" lines → draw slots (抽取专业及人数). */
export function slotsOf(text: string): { specialtyCode: string; count: number }[] {
  return text.split(/\n/).map((l) => l.trim()).filter(Boolean).map((l) => {
    const [specialtyCode, count] = l.split(/[\s,:×x*]+/);
    return { specialtyCode, count: Number(count) };
  });
}

/** "emp-02: p-1, p-2" lines → bidders (投标人 and the people behind them). */
export function biddersOf(text: string): { companyId: string; companyName: string; peopleIds: string[] }[] {
  return text.split(/\n/).map((l) => l.trim()).filter(Boolean).map((l) => {
    const [company, people = ""] = l.split(/[:：]/);
    return { companyId: company.trim(), companyName: company.trim(), peopleIds: people.split(/[,，\s]+/).filter(Boolean) };
  });
}

const list = (text: string) => text.split(/[,，\s]+/).filter(Boolean);

/**
 * Draw requests and results (专家抽取): the request form (every avoidance rule on, the default settings), and a draw's
 * state exactly as the server answers it — the invitations only when the answer carries them.
 */
export class DrawsPanel {
  readonly root = h("section", { class: "card", "aria-labelledby": "draws-heading" });
  private readonly result = h("div", { class: "draw-result", tabindex: -1 });
  private readonly lookupId = h("input", { type: "text", required: true, autocomplete: "off" });

  render(): HTMLElement {
    const lookup = actionForm(t("draw.lookup_heading"), [field(t("draw.id"), this.lookupId)], t("draw.lookup_submit"), () => this.show(this.lookupId.value.trim()));
    mount(this.root, h("h2", { id: "draws-heading" }, t("draw.heading")), this.requestForm(), lookup, this.result);
    return this.root;
  }

  private async show(drawId: string): Promise<string> {
    const d = await api<DrawView>("GET", `/api/draws/${encodeURIComponent(drawId)}`);
    this.paint(d);
    return t("draw.loaded", { id: d.drawId });
  }

  private paint(d: DrawView): void {
    const statusId = `draw.status.${d.status}`;
    mount(this.result,
      h("h3", {}, t("draw.result_heading", { id: d.drawId })),
      h("dl", { class: "facts", "data-draw": d.drawId, "data-status": d.status },
        h("dt", {}, t("draw.session")), h("dd", {}, `${d.sessionId} (${d.hostSiteId})`),
        h("dt", {}, t("draw.status")), h("dd", {}, has(statusId) ? t(statusId) : d.status),
        h("dt", {}, t("draw.rounds")), h("dd", {}, String(d.rounds)),
        h("dt", {}, t("draw.remote_sites")), h("dd", {}, d.remoteSiteIds.join(", ") || "—"),
        h("dt", {}, t("draw.commitment")), h("dd", { class: "hash" }, d.secretCommitment),
        h("dt", {}, t("draw.secret")), h("dd", { class: "hash" }, d.revealedSecret ?? t("draw.secret_sealed"))),
      h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["draw.slot", "draw.specialty", "draw.count", "draw.eligible", "draw.confirmed", "draw.pending"].map((id) => h("th", { scope: "col" }, t(id as never))))),
        h("tbody", {}, d.slots.map((s) => h("tr", { class: d.shortSlots.includes(s.slotIndex) ? "warn" : "" },
          h("td", {}, String(s.slotIndex + 1)), h("td", {}, s.specialtyCode), h("td", {}, String(s.count)),
          h("td", {}, s.eligibleCount ?? "—"), h("td", {}, String(s.confirmed)), h("td", {}, String(s.pending)))))),
      d.shortSlots.length ? h("p", { class: "error" }, t("draw.short", { slots: d.shortSlots.map((i) => i + 1).join(", ") })) : null,
      d.invitations === null
        ? h("p", { class: "note", "data-sealed": "true" }, t("draw.invitations_sealed"))
        : h("table", { class: "grid", "data-sealed": "false" },
            h("caption", {}, t("draw.invitations")),
            h("thead", {}, h("tr", {}, ["draw.expert", "draw.slot", "draw.site", "draw.invitation_status", "draw.deadline", "draw.reason"].map((id) => h("th", { scope: "col" }, t(id as never))))),
            h("tbody", {}, d.invitations.map((i) => h("tr", {},
              h("td", {}, i.expertId), h("td", {}, String(i.slotIndex + 1)), h("td", {}, i.siteId ?? "—"), h("td", {}, has(`draw.invitation.${i.status}`) ? t(`draw.invitation.${i.status}` as never) : i.status),
              h("td", {}, i.deadline ? formatTime(i.deadline) : "—"), h("td", {}, i.reason ?? ""))))));
    this.result.focus();
  }

  private requestForm(): HTMLFormElement {
    const text = (attrs: Record<string, string | boolean> = {}) => h("input", { type: "text", ...attrs });
    const drawId = text({ required: true, autocomplete: "off" });
    const sessionId = text({ required: true });
    const hostSiteId = text({ required: true, list: "site-ids" });
    const projectCode = text({ required: true });
    const tendererId = text({ required: true });
    const tendererName = text({});
    const region = text({ required: true, inputmode: "numeric", pattern: "[0-9]{6}" });
    const bidders = h("textarea", { rows: 3, placeholder: "emp-02: p-emp02-1\nemp-03" });
    const departments = text({});
    const slots = h("textarea", { rows: 2, required: true, placeholder: "C05 5" });
    const from = h("input", { type: "datetime-local", required: true });
    const to = h("input", { type: "datetime-local", required: true });
    const representatives = h("input", { type: "number", min: 0, step: 1, value: 0 });
    const randomRemote = h("input", { type: "number", min: 1, step: 1 });
    return actionForm(t("draw.request_heading"), [
      h("div", { class: "form-grid" },
        field(t("draw.id"), drawId), field(t("draw.session"), sessionId), field(t("draw.host_site"), hostSiteId),
        field(t("draw.project_code"), projectCode), field(t("draw.tenderer_id"), tendererId), field(t("draw.tenderer_name"), tendererName),
        field(t("draw.region"), region), field(t("draw.from"), from), field(t("draw.to"), to),
        field(t("draw.representatives"), representatives), field(t("draw.random_remote"), randomRemote), field(t("draw.departments"), departments)),
      h("div", { class: "form-grid two" }, field(t("draw.slots"), slots), field(t("draw.bidders"), bidders)),
      h("p", { class: "note" }, t("draw.rules_note")),
    ], t("draw.request_submit"), async () => {
      const request = {
        sessionId: sessionId.value.trim(),
        hostSiteId: hostSiteId.value.trim(),
        project: {
          projectCode: projectCode.value.trim(), tendererId: tendererId.value.trim(), tendererName: tendererName.value.trim() || tendererId.value.trim(),
          region: region.value.trim(), bidders: biddersOf(bidders.value), supervisingDepartmentIds: list(departments.value),
        },
        slots: slotsOf(slots.value),
        sessionFrom: instantOf(from.value),
        sessionTo: instantOf(to.value),
        avoidance: {},
        settings: {},
        tendererRepresentatives: Number(representatives.value || 0),
        randomRemoteSites: randomRemote.value ? Number(randomRemote.value) : null,
      };
      const d = await api<DrawView>("POST", "/api/draws", { drawId: drawId.value.trim(), request });
      this.lookupId.value = d.drawId;
      this.paint(d);
      return t("draw.requested", { id: d.drawId });
    });
  }
}
