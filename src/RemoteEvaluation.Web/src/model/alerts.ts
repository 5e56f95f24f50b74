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
