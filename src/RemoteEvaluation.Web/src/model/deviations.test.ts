import { describe, expect, it } from "vitest";
import type { EventEnvelope } from "../hub/types";
// The server's table of who may send which session command, read from its source so the two cannot drift apart.
import table from "../../../RemoteEvaluation.Server/Authorization/SessionCommandRoles.cs?raw";
import { explainedFlags, ownFlags } from "./deviations";
import { applyEvent, emptySession } from "./session";

let version = 0;
const e = (type: string, data: unknown): EventEnvelope => ({ stream: "session/s1", version: ++version, type, at: "2026-12-03T04:00:00Z", data });
const flag = (expertId: string, bidderId: string, itemId: string, score: number, itemMean: number) => ({ expertId, bidderId, itemId, score, itemMean });

function inSummary() {
  const s = emptySession();
  applyEvent(s, e("summary.computed", { table: { revision: 1, bids: [], expertTotals: [], leftOutExperts: [], flags: [
    flag("e2", "A", "t1", 2, 6.8),
    flag("e3", "A", "t1", 10, 6.8),
    flag("e2", "B", "t2", 1, 7),
  ] } }));
  return s;
}

describe("a member's own flagged scores (偏离说明)", () => {
  it("are the flags on the member's own scores only, each unexplained at first", () => {
    expect(ownFlags(inSummary(), "e2")).toEqual([
      { flag: flag("e2", "A", "t1", 2, 6.8), explanation: null },
      { flag: flag("e2", "B", "t2", 1, 7), explanation: null },
    ]);
  });

  it("carry the explanation recorded for that very score, and only that one", () => {
    const s = inSummary();
    applyEvent(s, e("summary.deviation_explained", { explanation: { expertId: "e2", bidderId: "A", itemId: "t1", reason: "缺少深基坑施工方案" } }));
    const [first, second] = ownFlags(s, "e2");
    expect(first.explanation?.reason).toBe("缺少深基坑施工方案");
    expect(second.explanation).toBeNull();
  });

  it("keep the latest explanation when a score is explained again", () => {
    const s = inSummary();
    applyEvent(s, e("summary.deviation_explained", { explanation: { expertId: "e2", bidderId: "A", itemId: "t1", reason: "first" } }));
    applyEvent(s, e("summary.deviation_explained", { explanation: { expertId: "e2", bidderId: "A", itemId: "t1", reason: "second" } }));
    expect(ownFlags(s, "e2")[0].explanation?.reason).toBe("second");
    expect(s.explanations).toHaveLength(1);
  });

  it("are none for a member the summary does not flag", () => {
    expect(ownFlags(inSummary(), "e4")).toEqual([]);
  });

  it("are none once the summary is accepted", () => {
    const s = inSummary();
    applyEvent(s, e("summary.accepted", { ranking: { order: [], candidates: [], unresolvedTies: [] } }));
    expect(ownFlags(s, "e2")).toEqual([]);
  });
});

describe("every flag with its explanation (the host console's summary)", () => {
  it("is every member's flag, each unexplained until its member explains it", () => {
    const s = inSummary();
    applyEvent(s, e("summary.deviation_explained", { explanation: { expertId: "e3", bidderId: "A", itemId: "t1", reason: "方案有创新" } }));

    expect(explainedFlags(s).map((o) => [o.flag.expertId, o.flag.bidderId, o.flag.itemId, o.explanation?.reason ?? null])).toEqual([
      ["e2", "A", "t1", null],
      ["e3", "A", "t1", "方案有创新"],
      ["e2", "B", "t2", null],
    ]);
  });

  it("keeps a flag's explanation once the summary is accepted", () => {
    const s = inSummary();
    applyEvent(s, e("summary.deviation_explained", { explanation: { expertId: "e2", bidderId: "B", itemId: "t2", reason: "报价偏高" } }));
    applyEvent(s, e("summary.accepted", { ranking: { order: [], candidates: [], unresolvedTies: [] } }));

    expect(explainedFlags(s)[2].explanation?.reason).toBe("报价偏高");
  });

  it("is none before a summary is computed", () => {
    expect(explainedFlags(emptySession())).toEqual([]);
  });
});

describe("who is offered to explain a flagged score", () => {
  it("is every member, the roles whose page is the member's page: the server lets Members send ExplainDeviation", () => {
    expect(table).toMatch(/private static readonly ActorRole\[\] Members = \[ActorRole\.Expert, ActorRole\.TendererRepresentative\];/);
    expect(table).toMatch(/\[typeof\(ExplainDeviation\)\] = Members,/);
  });
});
