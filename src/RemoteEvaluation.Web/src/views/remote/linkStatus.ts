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

/** One warning as the centre lists it: pushed by the server, or read from the session's recorded link faults. */
interface Warning {
  code: string;
  at: string;
  text: string;
}

const recorded: Record<string, string> = {
  "presence.site_silent": "site.silent",
  "presence.site_back": "site.back",
  "session.suspended": "session.suspended",
  "session.resumed": "session.resumed",
};

/**
 * Warnings received (告警), newest first, each with its time: the `Alert` pushes, and the link faults and suspensions
 * recorded in the session as far as this centre sees them (the server pushes `Alert` to the host's connections only,
 * docs/protocol.md "Silence", so the recorded events are what a remote centre learns of them from).
 */
export class AlertList {
  readonly part = new Keyed("section", "card");

  update(alerts: AlertNotice[], m: SessionModel): void {
    const faults = m.timeline.filter((e) => e.type in recorded);
    this.part.update(`${alerts.length}|${faults.length}`, () => {
      const warnings: Warning[] = [
        ...alerts.map((a) => ({ code: a.code, at: a.raisedAt, text: textOf(a.code, a.siteId ?? "", a.message) })),
        ...faults.map((e) => ({ code: recorded[e.type], at: e.data?.at ?? e.at, text: textOf(recorded[e.type], e.data?.siteId ?? "", e.data?.reason ?? "") })),
      ].sort((a, b) => b.at.localeCompare(a.at));
      return [
        h("h3", {}, t("remote.alerts_heading")),
        warnings.length === 0
          ? h("p", { class: "note" }, t("remote.no_alerts"))
          : h("ul", { class: "alerts" }, warnings.slice(0, 50).map((w) => h("li", { "data-alert": w.code, class: "warn" },
              h("time", { datetime: w.at }, formatClock(w.at)), " ", w.text))),
      ];
    });
  }
}

function textOf(code: string, site: string, fallback: string): string {
  const id = `alert.${code}`;
  return has(id) ? t(id, { site, reason: fallback }) : fallback || code;
}
