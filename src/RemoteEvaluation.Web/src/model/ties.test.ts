import { describe, expect, it } from "vitest";
import type { EventEnvelope } from "../hub/types";
import { applyEvent, emptySession } from "./session";
import { type RankedBid, tiesToDecide, unresolvedTies } from "./ties";

const bid = (bidderId: string, total: number, technical: number, bidPrice: number, evaluatedPrice: number | null = null): RankedBid =>
  ({ bidderId, total, technical, bidPrice, evaluatedPrice });
const comprehensive = { method: "Comprehensive", maxCandidates: 3, separateEvaluationAndAward: false };

describe("ties the tenderer must decide (as the server's Ranker finds them)", () => {
  it("finds bids level on total, technical score and price among the candidates", () => {
    const bids = [bid("A", 80, 40, 1_000_000), bid("C", 90, 45, 1_100_000), bid("B", 90, 45, 1_100_000)];
    expect(unresolvedTies(bids, comprehensive, [])).toEqual([["B", "C"]]);
  });

  it("lets the next key break a tie on the total: the higher technical score, then the lower price", () => {
    expect(unresolvedTies([bid("A", 90, 46, 1_100_000), bid("B", 90, 45, 1_100_000)], comprehensive, [])).toEqual([]);
    expect(unresolvedTies([bid("A", 90, 45, 1_000_000), bid("B", 90, 45, 1_100_000)], comprehensive, [])).toEqual([]);
  });

  it("counts a tie as decided once the tenderer's order names its bids", () => {
    const bids = [bid("B", 90, 45, 1_100_000), bid("C", 90, 45, 1_100_000)];
    expect(unresolvedTies(bids, comprehensive, ["C", "B"])).toEqual([]);
  });

  it("ignores a tie below the recommended candidates", () => {
    const bids = [bid("A", 95, 45, 1), bid("B", 94, 45, 1), bid("C", 93, 45, 1), bid("D", 80, 40, 1), bid("E", 80, 40, 1)];
    expect(unresolvedTies(bids, comprehensive, [])).toEqual([]);
  });

  it("with evaluation and award separated, needs a decision only for a tie across the cut", () => {
    const separated = { ...comprehensive, maxCandidates: 2, separateEvaluationAndAward: true };
    expect(unresolvedTies([bid("A", 90, 45, 1), bid("B", 90, 45, 1), bid("C", 80, 40, 1)], separated, [])).toEqual([]);
    expect(unresolvedTies([bid("A", 95, 45, 1), bid("B", 90, 45, 1), bid("C", 90, 45, 1)], separated, [])).toEqual([["B", "C"]]);
  });

  it("ranks the evaluated lowest price method by evaluated price, then bid price", () => {
    const lowest = { ...comprehensive, method: "EvaluatedLowestPrice" };
    expect(unresolvedTies([bid("A", 0, 0, 100, 95), bid("B", 0, 0, 100, 95)], lowest, [])).toEqual([["A", "B"]]);
    expect(unresolvedTies([bid("A", 0, 0, 99, 95), bid("B", 0, 0, 100, 95)], lowest, [])).toEqual([]);
  });
});

let version = 0;
const e = (type: string, data: unknown): EventEnvelope => ({ stream: "session/s1", version: ++version, type, at: "2026-12-03T04:00:00Z", data });

describe("the tie a session's page offers to decide", () => {
  const tiedSummary = () => {
    const s = emptySession();
    applyEvent(s, e("session.scheduled", { projectCode: "ZJ-1", projectName: "图书馆", hostSiteId: "site-330100", settings: { maxCandidates: 3 } }));
    applyEvent(s, e("session.criteria_adopted", { criteria: { id: "c", name: "c", method: "Comprehensive", qualificationItems: [], parts: [] } }));
    applyEvent(s, e("summary.computed", { table: { revision: 1, bids: [bid("B", 90, 45, 1_100_000), bid("C", 90, 45, 1_100_000)], flags: [] } }));
    return s;
  };

  it("is the summary's unresolved tie while the summary is open", () => {
    expect(tiesToDecide(tiedSummary())).toEqual([["B", "C"]]);
  });

  it("is gone once the tenderer's decision is recorded, which the page keeps to show", () => {
    const s = tiedSummary();
    applyEvent(s, e("summary.tenderer_decision_recorded", { order: ["C", "B"], decidedBy: "host.hz" }));
    expect(tiesToDecide(s)).toEqual([]);
    expect(s.tendererDecision).toEqual({ order: ["C", "B"], decidedBy: "host.hz" });
  });

  it("is none before the summary", () => {
    expect(tiesToDecide(emptySession())).toEqual([]);
  });
});
