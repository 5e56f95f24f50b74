import { describe, expect, it } from "vitest";
import type { CriteriaPart } from "../model/session";
import { validateSheet } from "./validateSheet";

const technical: CriteriaPart = {
  kind: "Technical",
  name: "技术部分",
  items: [
    { id: "plan", name: "施工方案", maximum: 10, step: 0.5, kind: "Subjective" },
    { id: "team", name: "项目团队", maximum: 5, step: 1, kind: "Subjective" },
    { id: "credit", name: "信用分", maximum: 3, step: 0.01, kind: "CreditScore" },
  ],
};

const entries = (plan: string, team: string, planReason = "") => ({ plan: { score: plan, reason: planReason }, team: { score: team, reason: "" } });

describe("validateSheet mirrors the domain's score rules", () => {
  it("accepts a sheet with every subjective item on its step and within range", () => {
    expect(validateSheet(technical, entries("8.5", "4"))).toEqual([]);
  });

  it("asks for every subjective item (score.item_missing) and never for the computed ones", () => {
    expect(validateSheet(technical, entries("8", "")).map((p) => [p.itemId, p.code])).toEqual([["team", "score.item_missing"]]);
  });

  it("blocks a score above the item's maximum (score.out_of_range)", () => {
    expect(validateSheet(technical, entries("10.5", "4"))[0]).toMatchObject({ itemId: "plan", code: "score.out_of_range", maximum: 10 });
  });

  it("blocks a negative score (score.out_of_range)", () => {
    expect(validateSheet(technical, entries("8", "-1"))[0]).toMatchObject({ itemId: "team", code: "score.out_of_range" });
  });

  it("blocks a score between steps (score.off_step)", () => {
    expect(validateSheet(technical, entries("8.3", "4"))[0]).toMatchObject({ itemId: "plan", code: "score.off_step", step: 0.5 });
  });

  it("checks steps in decimal, not binary, arithmetic", () => {
    const tenths: CriteriaPart = { ...technical, items: [{ id: "x", name: "x", maximum: 1, step: 0.1, kind: "Subjective" }] };
    expect(validateSheet(tenths, { x: { score: "0.7", reason: "" } })).toEqual([]);
  });

  it("asks for a reason below 60% of the maximum in comprehensive scoring (score.reason_required)", () => {
    expect(validateSheet(technical, entries("5.5", "4"))[0]).toMatchObject({ itemId: "plan", code: "score.reason_required", threshold: 6 });
    expect(validateSheet(technical, entries("5.5", "4", "方案不完整"))).toEqual([]);
  });

  it("asks no reason for a price adjustment (evaluated lowest price)", () => {
    expect(validateSheet(technical, entries("1", "1"), { lowScoreReasonFraction: 0.6, comprehensive: false })).toEqual([]);
  });

  it("reports text that is not a number", () => {
    expect(validateSheet(technical, entries("八", "4"))[0]).toMatchObject({ itemId: "plan", code: "input.not_a_number" });
  });
});
