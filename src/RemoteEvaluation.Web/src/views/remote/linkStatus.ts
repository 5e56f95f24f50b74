import { HubConnectionState, type HubConnection } from "@microsoft/signalr";
import { h } from "../../dom";
import { formatClock } from "../../format";
import type { HeartbeatReading } from "../../hub/heartbeatMeter";
import type { AlertNotice } from "../../hub/types";
import { has, t } from "../../i18n";
import type { SessionModel } from "../../model/session";
import { Keyed } from "../parts/keyed";

const states: Record<HubConnectionState, string> = {
  [HubConnectionState.Connected]: "connected",
  [HubConnectionState.Connecting]: "connecting",
  [HubConnectionState.Reconnecting]: "reconnecting",
  [HubConnectionState.Disconnected]: "disconnected",
  [HubConnectionState.Disconnecting]: "disconnected",
};

/**
 * This centre's link to the session (本会场连接状态): the connection's state, the last heartbeat round trip, whether
 * the session has recorded the centre as silent, and how many of its connections the session sees.
 */
export class LinkStatus {
  readonly part = new Keyed("section", "card");

  update(m: SessionModel, site: string, connection: HubConnection, heartbeat: HeartbeatReading | null): void {
    const state = states[connection.state];
    const silentSince = m.silentSites.get(site);
    const connections = [...m.connected.values()].filter((c) => c.siteId === site).length;
    const rtt = heartbeat ? Math.round(heartbeat.roundTripMilliseconds) : null;
    this.part.update(JSON.stringify([state, silentSince, connections, rtt, heartbeat?.answeredAt]), () => [
      h("h3", {}, t("remote.link_heading")),
      h("dl", { class: "facts", "data-link-state": state },
        h("dt", {}, t("remote.link_state")), h("dd", { class: state === "connected" ? "ok" : "error" }, t(`status.${state}` as never)),
        h("dt", {}, t("links.rtt")), h("dd", { "data-rtt": rtt ?? "" }, rtt !== null ? t("links.rtt_value", { ms: rtt }) : t("remote.rtt_none")),
        h("dt", {}, t("remote.last_heartbeat")), h("dd", {}, heartbeat ? formatClock(heartbeat.answeredAt) : "—"),
        h("dt", {}, t("remote.recorded_link")), h("dd", { class: silentSince ? "error" : "" }, silentSince ? t("remote.silent_since", { time: formatClock(silentSince) }) : t("links.online")),
        h("dt", {}, t("links.connections")), h("dd", {}, String(connections))),
    ]);
  }
}

/** Warnings pushed to this page (告警), newest first, with the time each was raised. */
export class AlertList {
  readonly part = new Keyed("section", "card");

  update(alerts: AlertNotice[]): void {
    this.part.update(`${alerts.length}`, () => [
      h("h3", {}, t("remote.alerts_heading")),
      alerts.length === 0
        ? h("p", { class: "note" }, t("remote.no_alerts"))
        : h("ul", { class: "alerts" }, alerts.map((a) => {
            const id = `alert.${a.code}`;
            return h("li", { "data-alert": a.code, class: "warn" },
              h("time", { datetime: a.raisedAt }, formatClock(a.raisedAt)), " ",
              has(id) ? t(id, { site: a.siteId ?? "" }) : a.message);
          })),
    ]);
  }
}
