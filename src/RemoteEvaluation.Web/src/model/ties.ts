import type { SessionModel } from "./session";

/**
 * Ties the ranking rules cannot break (并列需招标人确定), as the server's `Ranker` finds them from the summary table, so
 * that a page offers the tenderer's decision (RecordTendererDecision) only when the summary needs it. Keys, as in
 * src/RemoteEvaluation.Domain/Ranking/Ranker.cs: evaluated lowest price — evaluated price, then bid price; comprehensive —
 * higher total, then higher technical score, then lower bid price; then the tenderer's recorded order. A tie matters
 * when it reaches into the candidates; with evaluation and award separated (评定分离) only when it straddles the cut.
 */
export interface RankedBid {
  bidderId: string;
  bidPrice: number;
  technical: number;
  total: number;
  evaluatedPrice: number | null;
}

export interface RankingRules {
  method: string;
  maxCandidates: number;
  separateEvaluationAndAward: boolean;
}

export function unresolvedTies(bids: RankedBid[], rules: RankingRules, tendererOrder: string[]): string[][] {
  const key = (b: RankedBid): number[] => {
    const decided = tendererOrder.indexOf(b.bidderId);
    const tenderer = decided < 0 ? Number.MAX_SAFE_INTEGER : decided;
    return rules.method === "EvaluatedLowestPrice"
      ? [b.evaluatedPrice ?? b.bidPrice, b.bidPrice, 0, tenderer]
      : [-b.total, -b.technical, b.bidPrice, tenderer];
  };
  const keyed = bids.map((b) => ({ id: b.bidderId, key: key(b) }));
  const compare = (x: number[], y: number[]) => x.reduce((found, v, i) => found || Math.sign(v - y[i]), 0);
  keyed.sort((a, b) => compare(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const ties: string[][] = [];
  let position = 0;
  for (let start = 0; start < keyed.length;) {
    let end = start + 1;
    while (end < keyed.length && compare(keyed[start].key, keyed[end].key) === 0) end++;
    const size = end - start;
    const touchesCandidates = position < rules.maxCandidates;
    const straddlesCut = position + size > rules.maxCandidates;
    if (size > 1 && touchesCandidates && (!rules.separateEvaluationAndAward || straddlesCut)) {
      ties.push(keyed.slice(start, end).map((x) => x.id));
    }
    position += size;
    start = end;
  }
  return ties;
}

/** The ties this session's summary still needs the tenderer to decide; none outside the summary phase. */
export function tiesToDecide(m: SessionModel): string[][] {
  if (m.phase !== "Summary" || !m.summary || !m.criteria) return [];
  const rules = { method: m.criteria.method, maxCandidates: m.maxCandidates, separateEvaluationAndAward: m.separateEvaluationAndAward };
  return unresolvedTies(m.summary.bids, rules, m.tendererDecision?.order ?? []);
}
