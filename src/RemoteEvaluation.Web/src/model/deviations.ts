import { type DeviationExplanation, type DeviationFlag, deviationKey, type SessionModel } from "./session";

/** One of a member's own flagged scores, with the reason they recorded for it, if any. */
export interface OwnFlag {
  flag: DeviationFlag;
  explanation: DeviationExplanation | null;
}

/**
 * The scores of `me` that the latest summary table flags as deviating (偏离提示), each with its recorded explanation
 * (偏离说明): what a member's page shows and, while a flag is unexplained, asks them to explain (ExplainDeviation,
 * own flags only; AcceptSummary is refused while any flag is unexplained). None outside the summary phase.
 */
export function ownFlags(m: SessionModel, me: string): OwnFlag[] {
  if (m.phase !== "Summary" || !m.summary) return [];
  const flags: DeviationFlag[] = m.summary.flags ?? [];
  return flags
    .filter((f) => f.expertId === me)
    .map((flag) => ({ flag, explanation: m.explanations.find((x) => deviationKey(x) === deviationKey(flag)) ?? null }));
}
