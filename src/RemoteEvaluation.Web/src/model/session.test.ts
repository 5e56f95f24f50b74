import { describe, expect, it } from "vitest";
import type { EventEnvelope } from "../hub/types";
import { applyEvent, bidderName, emptySession, itemName, sheetKey } from "./session";

let version = 0;
const e = (type: string, data: unknown): EventEnvelope => ({ stream: "session/s1", version: ++version, type, at: "2026-12-03T04:00:00Z", data });

describe("the session as the browser folds it", () => {
  it("names a sealed seat of another centre when its member checks in", () => {
    const s = emptySession();
    applyEvent(s, e("committee.seated", { members: [
      { personId: "e1", kind: "Expert", siteId: "site-330100", poolId: "p" },
      { personId: "sealed-2", kind: "Expert", siteId: "site-330200", poolId: "" },
      { personId: "sealed-3", kind: "Expert", siteId: "site-330200", poolId: "" },
    ] }));
    applyEvent(s, e("attendance.checked_in", { personId: "e3", siteId: "site-330200", verifiedBy: "staff.nb", at: "2026-12-03T04:00:00Z", late: false }));
    expect(s.members.map((m) => m.personId)).toEqual(["e1", "e3", "sealed-3"]);
    expect(s.checkedIn.has("e3")).toBe(true);
  });

  it("records sheets submitted and signed per expert, bid and part, even without their scores (staff before the summary)", () => {
    const s = emptySession();
    applyEvent(s, e("scoring.sheet_submitted", { expertId: "e2", bidderId: "b1", part: "Technical", scores: [] }));
    applyEvent(s, e("scoring.sheet_signed", { expertId: "e2", bidderId: "b1", part: "Technical", at: "2026-12-03T04:00:00Z" }));
    expect(s.submitted.get(sheetKey("e2", "b1", "Technical"))).toEqual([]);
    expect(s.signed.has(sheetKey("e2", "b1", "Technical"))).toBe(true);
    expect(s.signed.has(sheetKey("e2", "b1", "Commercial"))).toBe(false);
  });

  it("moves through the phases the events name", () => {
    const s = emptySession();
    applyEvent(s, e("session.scheduled", { projectCode: "ZJ-1", projectName: "图书馆", hostSiteId: "site-330100", startsAt: "2026-12-03T05:00:00Z" }));
    applyEvent(s, e("session.opened", { at: "2026-12-03T05:00:00Z" }));
    applyEvent(s, e("review.started", { at: "2026-12-03T05:10:00Z" }));
    expect(s.phase).toBe("Review");
    applyEvent(s, e("event.hidden", {}));
    expect(s.timeline.map((x) => x.type)).toEqual(["session.scheduled", "session.opened", "review.started"]);
  });

  it("keeps the supervisor's warnings in order, to one centre or to all", () => {
    const s = emptySession();
    applyEvent(s, e("supervision.warning_issued", { supervisorId: "sup-1", toSiteId: "site-330200", text: "Phones away.", at: "2026-12-03T05:20:00Z" }));
    applyEvent(s, e("supervision.warning_issued", { supervisorId: "sup-1", toSiteId: null, text: "Keep order.", at: "2026-12-03T05:21:00Z" }));
    expect(s.warnings.map((w) => [w.toSiteId, w.text])).toEqual([["site-330200", "Phones away."], [null, "Keep order."]]);
  });

  it("names criteria items and bidders once they are adopted and registered, and shows the id before", () => {
    const s = emptySession();
    expect([itemName(s, "t.method"), bidderName(s, "b1")]).toEqual(["t.method", "b1"]);
    applyEvent(s, e("session.criteria_adopted", { criteria: { id: "c", name: "综合评分", parts: [
      { kind: "Technical", name: "技术部分", items: [{ id: "t.method", name: "施工方案", maximum: 10, step: 1, kind: "Subjective" }] },
    ] } }));
    applyEvent(s, e("session.bids_registered", { bids: [{ bidderId: "b1", bidderName: "浙江演示信息技术有限公司01", bidPrice: 100 }] }));
    expect([itemName(s, "t.method"), bidderName(s, "b1"), itemName(s, "t.other")]).toEqual(["施工方案", "浙江演示信息技术有限公司01", "t.other"]);
  });
});
