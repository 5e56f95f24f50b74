import { describe, expect, it } from "vitest";
import { ApiError } from "../../api";
import { rolesEn } from "../../i18n/roles.en";
import { rolesZhCN } from "../../i18n/roles.zh-CN";
import { refusalCode, refusalMessage } from "./refusal";

describe("refusalMessage", () => {
  it("says a known HTTP refusal code in the reader's language (Chinese first)", () => {
    expect(refusalMessage(new ApiError(409, "site.no_free_seats", "Only 2 of 3 seats are free."))).toBe(rolesZhCN["rule.site.no_free_seats"]);
  });

  it("says a known hub refusal code from SignalR's error text", () => {
    const error = new Error("An unexpected error occurred invoking 'CheckIn' on the server. HubException: hub-error checkin.wrong_site final: e3 sits at site-330300.");
    expect(refusalMessage(error)).toBe(rolesZhCN["rule.checkin.wrong_site"]);
    expect(refusalCode(error)).toBe("checkin.wrong_site");
  });

  it("falls back to the server's message for a code the dictionaries do not know", () => {
    expect(refusalMessage(new ApiError(400, "expert.invalid_id_number", "The id number's check digit is wrong."))).toBe("The id number's check digit is wrong.");
  });

  it("tells a failure that is not a refusal apart, with its own text", () => {
    expect(refusalMessage(new Error("Failed to fetch"))).toContain("Failed to fetch");
    expect(refusalCode(new Error("Failed to fetch"))).toBeNull();
  });
});

describe("the refusal messages", () => {
  it("are given in both languages and never left empty", () => {
    const codes = Object.keys(rolesZhCN).filter((id) => id.startsWith("rule."));
    expect(codes.length).toBeGreaterThan(30);
    for (const id of codes) {
      expect(rolesZhCN[id as keyof typeof rolesZhCN].trim()).not.toBe("");
      expect(rolesEn[id as keyof typeof rolesEn].trim()).not.toBe("");
    }
  });
});
