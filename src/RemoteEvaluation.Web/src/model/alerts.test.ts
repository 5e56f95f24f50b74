import { describe, expect, it } from "vitest";
import type { AlertNotice } from "../hub/types";
import { alertsBesideWarnings, warningAlertCode } from "./alerts";

const alert = (code: string, message: string): AlertNotice => ({ code, message, sessionId: "s1", siteId: "site-330200", raisedAt: "2026-12-03T04:00:00Z" });

describe("the alerts a link board lists", () => {
  it("leaves out a supervisor's warning, which the warnings panel shows from the recorded event", () => {
    expect(alertsBesideWarnings([alert(warningAlertCode, "请保持安静"), alert("site.silent", "宁波失联")]).map((a) => a.message)).toEqual(["宁波失联"]);
  });

  it("keeps every other alert in the order received", () => {
    const others = [alert("site.back", "b"), alert("site.silent", "a")];
    expect(alertsBesideWarnings(others)).toEqual(others);
  });
});
