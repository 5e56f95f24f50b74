import { type DeviationExplanation, type DeviationFlag, deviationKey, type SessionModel } from "./session";

/** A flagged score (偏离提示) with the reason its member recorded for it (偏离说明), if any. */
export interface ExplainedFlag {
  flag: DeviationFlag;
  explanation: DeviationExplanation | null;
}

/**
 * Every flag of the latest summary table, each with the latest explanation recorded for that very score (expert, bidder,
 * item), or null while it is unexplained: what the host console's summary shows. An explanation outlives a re-check's
 * new revision, as the domain keeps it; none while there is no summary.
 */
export function explainedFlags(m: SessionModel): ExplainedFlag[] {
  const flags: DeviationFlag[] = m.summary?.flags ?? [];
  return flags.map((flag) => ({ flag, explanation: m.explanations.find((x) => deviationKey(x) === deviationKey(flag)) ?? null }));
}

/**
 * The scores of `me` that the latest summary table flags as deviating (偏离提示), each with its recorded explanation
 * (偏离说明): what a member's page shows and, while a flag is unexplained, asks them to explain (ExplainDeviation,
 * own flags only; AcceptSummary is refused while any flag is unexplained). None outside the summary phase.
 */
export function ownFlags(m: SessionModel, me: string): ExplainedFlag[] {
  if (m.phase !== "Summary") return [];
  return explainedFlags(m).filter((o) => o.flag.expertId === me);
}
