import { describe, expect, it } from "vitest";
import { biddersOf, slotsOf } from "./draws";

describe("the draw request form", () => {
  it("reads one specialty and its count per line", () => {
    expect(slotsOf("C0601 3\nE0101: 2\n\n")).toEqual([{ specialtyCode: "C0601", count: 3 }, { specialtyCode: "E0101", count: 2 }]);
  });

  it("reads one bidder per line with the people behind it, and a bidder without people", () => {
    expect(biddersOf("emp-02: p-emp02-1, p-emp02-2\nemp-03")).toEqual([
      { companyId: "emp-02", companyName: "emp-02", peopleIds: ["p-emp02-1", "p-emp02-2"] },
      { companyId: "emp-03", companyName: "emp-03", peopleIds: [] },
    ]);
  });
});
