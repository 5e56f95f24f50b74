import { describe, expect, it } from "vitest";
import type { AlertNotice } from "../hub/types";
import { alertsBesideWarnings, provinceAlertLimit, warningAlertCode, withProvinceAlert } from "./alerts";

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

describe("the link alerts the province board keeps", () => {
  it("lists the newest first", () => {
    const silent = alert("site.silent", "宁波失联");
    const back = { ...alert("site.back", "宁波恢复"), raisedAt: "2026-12-03T04:01:00Z" };
    expect(withProvinceAlert(withProvinceAlert([], silent), back).map((a) => a.code)).toEqual(["site.back", "site.silent"]);
  });

  it("does not list a repeated alert twice", () => {
    const silent = alert("site.silent", "宁波失联");
    expect(withProvinceAlert([silent], { ...silent })).toHaveLength(1);
  });

  it("keeps only the newest alerts", () => {
    let alerts: AlertNotice[] = [];
    for (let i = 0; i <= provinceAlertLimit; i++) {
      alerts = withProvinceAlert(alerts, { ...alert("site.silent", `m${i}`), raisedAt: `2026-12-03T04:${String(i).padStart(2, "0")}:00Z` });
    }
    expect(alerts).toHaveLength(provinceAlertLimit);
    expect(alerts[0].message).toBe(`m${provinceAlertLimit}`);
  });
});
