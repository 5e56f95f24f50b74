import { describe, expect, it } from "vitest";
import type { EventEnvelope } from "../hub/types";
import { applyEvent, emptySession } from "./session";

let version = 0;
const e = (type: string, data: unknown): EventEnvelope => ({ stream: "session/s1", version: ++version, type, at: "2026-12-03T04:00:00Z", data });
const table = (revision: number, unresolvedTies?: string[][]) => ({ table: { revision, bids: [], expertTotals: [], leftOutExperts: [], flags: [], unresolvedTies } });

describe("the ties a session's page offers the tenderer to decide (named by the server's summary table)", () => {
  it("are the ties the latest summary table names", () => {
    const s = emptySession();
    applyEvent(s, e("summary.computed", table(1, [["B", "C"]])));
    expect(s.tiesToDecide).toEqual([["B", "C"]]);
  });

  it("are gone once the tenderer's decision is recorded, which the page keeps to show", () => {
    const s = emptySession();
    applyEvent(s, e("summary.computed", table(1, [["B", "C"]])));
    applyEvent(s, e("summary.tenderer_decision_recorded", { order: ["C", "B"], decidedBy: "host.hz" }));
    expect(s.tiesToDecide).toEqual([]);
    expect(s.tendererDecision).toEqual({ order: ["C", "B"], decidedBy: "host.hz" });
  });

  it("follow a table recomputed after a re-check", () => {
    const s = emptySession();
    applyEvent(s, e("summary.computed", table(1, [["B", "C"]])));
    applyEvent(s, e("summary.computed", table(2, [])));
    expect(s.tiesToDecide).toEqual([]);
  });

  it("are none in a table recorded before the server named ties", () => {
    const s = emptySession();
    applyEvent(s, e("summary.computed", table(1)));
    expect(s.tiesToDecide).toEqual([]);
  });

  it("are none before the summary", () => {
    expect(emptySession().tiesToDecide).toEqual([]);
  });
});
