import { h, mount } from "../../dom";
import { formatClock, formatTime } from "../../format";
import type { ProvinceSession } from "../../hub/provinceChannel";
import type { AlertNotice } from "../../hub/types";
import { t } from "../../i18n";
import { phaseName } from "../phase";

/** Today's sessions across the province (全省今日评标), live: phase, suspension, each centre's link and the link alerts. */
export class ProvinceBoard {
  readonly root = h("section", { class: "card", "aria-labelledby": "province-heading" });
  private readonly body = h("div", { class: "province-body" });
  private updatedAt: string | null = null;

  render(): HTMLElement {
    mount(this.root, h("h2", { id: "province-heading" }, t("province.heading")), this.body);
    return this.root;
  }

  update(sessions: ProvinceSession[], alerts: readonly AlertNotice[] = []): void {
    this.updatedAt = new Date().toISOString();
    mount(this.body,
      h("p", { class: "note" }, t("province.updated_at", { time: formatClock(this.updatedAt), count: sessions.length })),
      alerts.length ? h("div", { class: "province-alerts" }, h("h3", {}, t("links.alerts")),
        h("ul", { class: "alerts" }, alerts.map((a) => h("li", { "data-alert": a.code, "data-session": a.sessionId, "data-site": a.siteId ?? "" },
          h("time", { datetime: a.raisedAt }, formatClock(a.raisedAt)), ` ${a.sessionId}: ${a.message}`)))) : null,
      sessions.length === 0 ? h("p", {}, t("province.none")) : h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["sessions.project", "sessions.starts_at", "sessions.phase", "sessions.host_site", "province.site_links"].map((id) => h("th", { scope: "col" }, t(id as never))))),
        h("tbody", {}, sessions.map((s) => {
          const silent = s.sites.some((x) => x.silent);
          return h("tr", { "data-session": s.sessionId, "data-version": s.version, class: silent || s.suspended ? "warn" : "" },
            h("th", { scope: "row" }, `${s.projectCode} ${s.projectName}`),
            h("td", {}, formatTime(s.startsAt)),
            h("td", {}, phaseName(s.phase), s.suspended ? ` (${t("sessions.suspended")})` : ""),
            h("td", {}, s.hostSiteId),
            h("td", {}, h("ul", { class: "plain" }, s.sites.map((x) => h("li", { "data-site": x.siteId, class: x.silent ? "error" : "" },
              `${x.siteId}${x.host ? ` (${t("province.host")})` : ""}: `,
              x.silent ? t("province.silent_since", { time: x.silentSince ? formatClock(x.silentSince) : "—" }) : t("province.connections", { count: x.connections }))))));
        }))));
  }
}
