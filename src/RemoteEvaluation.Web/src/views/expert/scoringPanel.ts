import { h } from "../../dom";
import { has, t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import { sheetKey, validBids, type CriteriaPart, type SessionModel } from "../../model/session";
import { scoredItems, validateSheet, type SheetEntries, type SheetProblem } from "../../scoring/validateSheet";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";

/** One sheet to fill: which bid (bidder id, or the member's blind code), which part, how it is labelled. */
interface SheetTarget {
  bidKey: string;
  bidderId: string | null;
  label: string;
  part: CriteriaPart;
}

/**
 * The score sheets (评分表) of this expert: one per bid and scored part, built from the adopted criteria, checked as
 * they are typed by the domain's rules (validateSheet), drafts kept in localStorage until submitted; sign when done.
 */
export class ScoringPanel {
  readonly part = new Keyed("section", "card");
  private readonly draftKey: string;
  private drafts: Record<string, SheetEntries>;

  constructor(private readonly channel: SessionChannel, private readonly me: string) {
    this.draftKey = `re.drafts.${channel.sessionId}.${me}`;
    this.drafts = JSON.parse(localStorage.getItem(this.draftKey) ?? "{}");
  }

  update(m: SessionModel): void {
    const targets = this.targets(m);
    const state = targets.map((x) => this.status(m, x)).join();
    this.part.update(`${m.phase}|${state}|${m.identitiesRevealed}`, () => {
      if (m.phase !== "Scoring" || !m.criteria) return [];
      const rules = { lowScoreReasonFraction: m.lowScoreReasonFraction, comprehensive: m.criteria.method === "Comprehensive" };
      return [h("h3", {}, t("scoring.heading")), ...targets.map((x) => this.sheet(m, x, rules))];
    });
  }

  private targets(m: SessionModel): SheetTarget[] {
    if (!m.criteria) return [];
    const codes = !m.identitiesRevealed ? m.blindCodes.get(this.me) : undefined;
    const parts = m.criteria.parts.filter((p) => scoredItems(p).length > 0);
    return parts.flatMap((part): SheetTarget[] =>
      part.kind === "Technical" && codes
        ? codes.map((c) => ({ bidKey: c.code, bidderId: null, label: t("scoring.blind_code", { code: c.code }), part }))
        : validBids(m).map((b) => ({ bidKey: b.bidderId, bidderId: b.bidderId, label: `${b.bidderName} (${b.bidderId})`, part })));
  }

  private status(m: SessionModel, x: SheetTarget): "signed" | "submitted" | "open" {
    const key = sheetKey(this.me, x.bidderId ?? x.bidKey, x.part.kind);
    return m.signed.has(key) ? "signed" : m.submitted.has(key) ? "submitted" : "open";
  }

  private sheet(m: SessionModel, x: SheetTarget, rules: { lowScoreReasonFraction: number; comprehensive: boolean }): HTMLElement {
    const id = `${x.bidKey}|${x.part.kind}`;
    const status = this.status(m, x);
    const submitted = m.submitted.get(sheetKey(this.me, x.bidderId ?? x.bidKey, x.part.kind));
    const entries: SheetEntries = this.drafts[id] ?? Object.fromEntries((submitted ?? []).map((s: any) => [s.itemId, { score: String(s.score), reason: s.reason ?? "" }]));
    const locked = status === "signed";
    const messages = new Map<string, HTMLElement>();
    const inputs = new Map<string, { score: HTMLInputElement; reason: HTMLInputElement }>();
    const summary = h("p", { class: "error", role: "alert" });

    const check = (): SheetProblem[] => {
      const problems = validateSheet(x.part, entries, rules);
      for (const [itemId, el] of messages) {
        const problem = problems.find((p) => p.itemId === itemId && (p.code !== "score.item_missing" || entries[itemId]?.score));
        el.textContent = problem ? problemText(problem) : "";
        inputs.get(itemId)!.score.setAttribute("aria-invalid", String(!!problem && problem.code !== "score.reason_required"));
        inputs.get(itemId)!.reason.setAttribute("aria-invalid", String(problem?.code === "score.reason_required"));
      }
      return problems;
    };

    const rows = scoredItems(x.part).map((item) => {
      const entry = (entries[item.id] ??= { score: "", reason: "" });
      const scoreId = `score-${x.bidKey}-${x.part.kind}-${item.id}`;
      const score = h("input", { id: scoreId, name: scoreId, inputmode: "decimal", value: entry.score, disabled: locked, "aria-describedby": `${scoreId}-msg` });
      const reason = h("input", { id: `${scoreId}-reason`, name: `${scoreId}-reason`, value: entry.reason, disabled: locked });
      const message = h("span", { id: `${scoreId}-msg`, class: "error" });
      const edited = () => {
        entry.score = score.value;
        entry.reason = reason.value;
        this.drafts[id] = entries;
        localStorage.setItem(this.draftKey, JSON.stringify(this.drafts));
        check();
      };
      score.addEventListener("input", edited);
      reason.addEventListener("input", edited);
      messages.set(item.id, message);
      inputs.set(item.id, { score, reason });
      return h("tr", {},
        h("th", { scope: "row" }, item.name, h("div", { class: "note" }, t("scoring.range", { max: item.maximum, step: item.step }))),
        h("td", {}, h("label", { for: scoreId }, t("scoring.score_of", { item: item.name })), score, message),
        h("td", {}, h("label", { for: `${scoreId}-reason` }, t("scoring.reason_of", { item: item.name })), reason));
    });

    const submit = () => {
      const problems = check();
      if (problems.length > 0) {
        summary.textContent = t("scoring.fix_first", { count: problems.length });
        return null;
      }
      summary.textContent = "";
      const scores = scoredItems(x.part).map((item) => ({ itemId: item.id, score: Number(entries[item.id].score), reason: entries[item.id].reason.trim() || null }));
      return this.channel.command("SubmitScoreSheet", this.me, x.bidKey, x.part.kind, scores).then((ack) => {
        delete this.drafts[id];
        localStorage.setItem(this.draftKey, JSON.stringify(this.drafts));
        return ack;
      });
    };

    const form = h("fieldset", { class: "sheet", "data-sheet": id, "data-status": status },
      h("legend", {}, `${x.label} · ${x.part.name}`, " — ", t(`scoring.status_${status}`)),
      h("table", { class: "grid" }, h("tbody", {}, rows)),
      summary,
      locked ? null : commandButton(t("scoring.submit"), submit),
      status === "submitted" ? commandButton(t("scoring.sign"), () => this.channel.command("SignScoreSheet", this.me, x.bidKey, x.part.kind), { className: "secondary" }) : null);
    queueMicrotask(() => Object.values(entries).some((e) => e.score) && check());
    return form;
  }
}

export function problemText(p: SheetProblem): string {
  const id = `rule.${p.code}`;
  const params = { max: p.maximum, step: p.step, threshold: p.threshold ?? 0 };
  return has(id) ? t(id, params) : p.code;
}
