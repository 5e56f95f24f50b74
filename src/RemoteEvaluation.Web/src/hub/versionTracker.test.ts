import { describe, expect, it } from "vitest";
import type { EventEnvelope } from "./types";
import { VersionTracker } from "./versionTracker";

const e = (version: number): EventEnvelope => ({ stream: "session/s1", version, type: "chat.message_posted", at: "2026-12-03T04:00:00Z", data: {} });

function tracked() {
  const applied: number[] = [];
  return { applied, tracker: new VersionTracker((x) => applied.push(x.version)) };
}

describe("VersionTracker", () => {
  it("applies events in version order", () => {
    const { applied, tracker } = tracked();
    expect(tracker.offer([e(1), e(2), e(3)])).toBe(false);
    expect(applied).toEqual([1, 2, 3]);
    expect(tracker.applied).toBe(3);
  });

  it("drops versions already applied (a resync repeats them)", () => {
    const { applied, tracker } = tracked();
    tracker.offer([e(1), e(2)]);
    tracker.offer([e(1), e(2), e(3)]);
    expect(applied).toEqual([1, 2, 3]);
  });

  it("holds an event ahead of a gap and reports the gap", () => {
    const { applied, tracker } = tracked();
    tracker.offer([e(1)]);
    expect(tracker.offer([e(3)])).toBe(true);
    expect(applied).toEqual([1]);
    expect(tracker.applied).toBe(1);
  });

  it("applies the held events once the gap is filled", () => {
    const { applied, tracker } = tracked();
    tracker.offer([e(1), e(4), e(3)]);
    expect(tracker.offer([e(2)])).toBe(false);
    expect(applied).toEqual([1, 2, 3, 4]);
  });
});
