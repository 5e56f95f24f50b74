import { h } from "../../dom";
import { formatClock } from "../../format";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { AlertNotice } from "../../hub/types";
import { alertsBesideWarnings } from "../../model/alerts";
import type { LinkHealth } from "../../model/liveSession";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { CheckInCodeCard } from "../parts/checkInCodeCard";
import { Keyed } from "../parts/keyed";

/**
 * The check-in board across centres (签到情况): who, where, when, late or absent. The host centre's staff check in, mark
 * absent and issue one-time codes for the members seated at the host centre only: every other member is verified by
 * their own centre's staff (the rules refuse anyone else, checkin.wrong_site). Without a channel it is read-only (the
 * supervisor's view): the same board, no buttons.
 */
export class CheckInBoard {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel | null, private readonly hostSite: () => string, private readonly code: CheckInCodeCard | null = null) {}

  /** The board as an observer sees it: nothing to press. */
  static readOnly(): CheckInBoard {
    return new CheckInBoard(null, () => "");
  }

  update(m: SessionModel): void {
    const key = m.members.map((x) => `${x.personId}:${m.checkedIn.get(x.personId)?.at ?? ""}:${m.absent.has(x.personId)}`).join() + m.phase;
    this.part.update(key, () => [
      h("h3", {}, t("checkin.heading")),
      h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["checkin.person", "checkin.site", "checkin.time", "checkin.state"].map((id) => h("th", { scope: "col" }, t(id as never))), this.channel ? h("th", { scope: "col" }, "") : null)),
        h("tbody", {}, m.members.map((x) => {
          const came = m.checkedIn.get(x.personId);
          const absent = m.absent.has(x.personId);
          const state = absent ? t("checkin.absent") : came ? (came.late ? `${t("checkin.checked_in")} · ${t("checkin.late")}` : t("checkin.checked_in")) : t("checkin.waiting");
          const channel = this.channel;
          const ours = !!channel && x.siteId === this.hostSite();
          const mayAct = ours && !came && !absent && m.phase === "Scheduled";
          const code = this.code;
          return h("tr", { "data-person": x.personId, class: absent || came?.late ? "warn" : "" },
            h("td", {}, x.personId), h("td", {}, x.siteId), h("td", {}, came ? formatClock(came.at) : "—"), h("td", {}, state),
            channel && h("td", {}, mayAct ? commandButton(t("checkin.check_in"), () => channel.command("CheckIn", x.personId)) : null,
              mayAct ? commandButton(t("checkin.mark_absent"), () => channel.command("MarkAbsent", x.personId), { className: "secondary" }) : null,
              ours && code && !absent && !closed(m.phase) ? h("button", { type: "button", class: "secondary", onclick: () => void code.issue(x.personId) }, t("remote.issue_code")) : null));
        }))),
    ]);
  }
}

/** The server issues no codes once the session is closed (auth.session_closed). */
const closed = (phase: string) => ["Closed", "Archived", "Abandoned"].includes(phase);

/**
 * Each centre's link (会场连接): online or silent, round-trip time from the heartbeats, connections, and the alerts
 * received — but a supervisor's warning, which the warnings panel lists.
 */
export class LinkBoard {
  readonly part = new Keyed("section", "card");

  update(m: SessionModel, links: Map<string, LinkHealth>, received: AlertNotice[]): void {
    const alerts = alertsBesideWarnings(received);
    const sites = [m.hostSiteId, ...m.remoteSiteIds].filter(Boolean);
    const key = JSON.stringify([sites, [...links], [...m.silentSites], m.connected.size, alerts.length]);
    this.part.update(key, () => [
      h("h3", {}, t("links.heading")),
      h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["links.site", "links.state", "links.rtt", "links.connections"].map((id) => h("th", { scope: "col" }, t(id as never))))),
        h("tbody", {}, sites.map((site) => {
          const link = links.get(site);
          const silent = m.silentSites.has(site) || link?.online === false;
          const connections = [...m.connected.values()].filter((c) => c.siteId === site).length;
          return h("tr", { "data-site": site, class: silent ? "warn" : "" },
            h("td", {}, site),
            h("td", {}, silent ? t("links.silent") : link || connections > 0 ? t("links.online") : t("links.unknown")),
            h("td", {}, link?.rtt != null ? t("links.rtt_value", { ms: Math.round(link.rtt) }) : "—"),
            h("td", {}, String(connections)));
        }))),
      alerts.length ? h("div", {}, h("h4", {}, t("links.alerts")),
        h("ul", { class: "alerts" }, alerts.slice(0, 10).map((a) => h("li", {}, h("time", { datetime: a.raisedAt }, formatClock(a.raisedAt)), ` ${a.message}`)))) : null,
    ]);
  }
}
