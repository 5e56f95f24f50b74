import type { AlertNotice } from "../hub/types";

/** The code of the `Alert` a supervisor's warning raises (Server/Hubs/SupervisionAlerts.cs). */
export const warningAlertCode = "supervision.warning";

/**
 * The alerts a link board lists: everything pushed except a supervisor's warning, which the warnings panel beside it
 * already shows from the recorded event (监督警示) — listing both showed every warning twice.
 */
export function alertsBesideWarnings(alerts: readonly AlertNotice[]): AlertNotice[] {
  return alerts.filter((a) => a.code !== warningAlertCode);
}

/** How many link alerts the province board keeps: the newest, which is what a coordinator acts on. */
export const provinceAlertLimit = 20;

/**
 * The province board's link alerts after `alert` arrives (`Alert` on `/hubs/province`, `site.silent` / `site.back`):
 * newest first, at most `provinceAlertLimit`; a repeat of one already held (same session, centre, code and time, as
 * a reconnect can bring) is not listed twice.
 */
export function withProvinceAlert(alerts: readonly AlertNotice[], alert: AlertNotice): AlertNotice[] {
  const same = (a: AlertNotice) => a.sessionId === alert.sessionId && a.siteId === alert.siteId && a.code === alert.code && a.raisedAt === alert.raisedAt;
  return alerts.some(same) ? [...alerts] : [alert, ...alerts].slice(0, provinceAlertLimit);
}
