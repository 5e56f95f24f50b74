import type { CriteriaPart } from "../model/session";

/** The entries of a score sheet as typed: item id → score text and reason. */
export type SheetEntries = Record<string, { score: string; reason: string }>;

/** A problem with one item, with the domain's rejection code (ScoringRejections) so the message matches the server's rule. */
export interface SheetProblem {
  itemId: string;
  code: "score.item_missing" | "score.out_of_range" | "score.off_step" | "score.reason_required" | "input.not_a_number";
  maximum: number;
  step: number;
  threshold?: number;
}

export interface SheetRules {
  /** Comprehensive scoring asks for a reason below this fraction of an item's maximum (EvaluationSettings.LowScoreReasonFraction). */
  lowScoreReasonFraction: number;
  /** Only scores lose by being low; an evaluated-price adjustment is an amount (SessionDecider.Scoring CheckScores). */
  comprehensive: boolean;
}

export const defaultRules: SheetRules = { lowScoreReasonFraction: 0.6, comprehensive: true };

/** Whether a score is on the item's step, in exact decimal arithmetic (0.1 + 0.2 must not fail a step of 0.1). */
function onStep(score: number, step: number): boolean {
  if (step <= 0) return false;
  const decimals = Math.max(decimalsOf(score), decimalsOf(step));
  const scale = 10 ** decimals;
  return Math.round(score * scale) % Math.round(step * scale) === 0;
}

function decimalsOf(n: number): number {
  const text = String(n);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The subjective items (objective ones are computed by the server, never scored). */
export function scoredItems(part: CriteriaPart) {
  return part.items.filter((i) => i.kind === "Subjective");
}

/** Checks a sheet as the domain will (range, step, reason below the threshold, every item filled); empty when it may be sent. */
export function validateSheet(part: CriteriaPart, entries: SheetEntries, rules: SheetRules = defaultRules): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const item of scoredItems(part)) {
    const entry = entries[item.id];
    const base = { itemId: item.id, maximum: item.maximum, step: item.step };
    const text = entry?.score.trim() ?? "";
    if (text === "") {
      problems.push({ ...base, code: "score.item_missing" });
      continue;
    }
    const score = Number(text);
    if (!Number.isFinite(score)) {
      problems.push({ ...base, code: "input.not_a_number" });
    } else if (score < 0 || score > item.maximum) {
      problems.push({ ...base, code: "score.out_of_range" });
    } else if (!onStep(score, item.step)) {
      problems.push({ ...base, code: "score.off_step" });
    } else if (rules.comprehensive && score < item.maximum * rules.lowScoreReasonFraction && !entry.reason.trim()) {
      problems.push({ ...base, code: "score.reason_required", threshold: item.maximum * rules.lowScoreReasonFraction });
    }
  }
  return problems;
}
