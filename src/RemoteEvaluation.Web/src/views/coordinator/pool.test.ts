import { describe, expect, it } from "vitest";
import { importContentType, pageCount, poolQuery, reasonCode } from "./pool";

describe("the expert pool's search", () => {
  it("asks only for the filters given, trimmed, and always for the page", () => {
    expect(poolQuery({ q: " 王 ", status: "", region: "3302", specialty: "", page: 2, pageSize: 20 })).toBe("q=%E7%8E%8B&region=3302&page=2&pageSize=20");
  });

  it("counts the pages the matches fill, one for none", () => {
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20)]).toEqual([1, 1, 2]);
  });
});

describe("an import file", () => {
  it("is sent as CSV or JSON by its name, and anything else is not sent", () => {
    expect([importContentType("experts.CSV"), importContentType("pool.json"), importContentType("pool.xlsx")]).toEqual(["text/csv", "application/json", null]);
  });

  it("has each refused row's reasons read as their codes", () => {
    expect([reasonCode("expert.invalid_id_number: 123 is not an ID number"), reasonCode("import.bad_header"), reasonCode("no code here")]).toEqual(["expert.invalid_id_number", "import.bad_header", null]);
  });
});
