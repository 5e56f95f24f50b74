import { h, mount } from "../dom";
import { t } from "../i18n";
import { phaseName } from "./phase";
import { listSessions, type SessionSummary } from "../sessions";
import { formatTime } from "../format";

/** The caller's sessions (评标会列表) as a table; `open` is offered when the role has a session view. */
export async function sessionList(container: HTMLElement, open?: (s: SessionSummary) => void): Promise<void> {
  mount(container, h("p", {}, t("app.loading")));
  let sessions: SessionSummary[];
  try {
    sessions = await listSessions();
  } catch (failure) {
    mount(container, h("p", { class: "error", role: "alert" }, t("app.error", { message: String(failure) })));
    return;
  }
  if (sessions.length === 0) {
    mount(container, h("h2", {}, t("sessions.heading")), h("p", {}, t("sessions.none")));
    return;
  }
  mount(
    container,
    h("h2", {}, t("sessions.heading")),
    h("table", { class: "grid" },
      h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, t("sessions.project")),
        h("th", { scope: "col" }, t("sessions.starts_at")),
        h("th", { scope: "col" }, t("sessions.phase")),
        h("th", { scope: "col" }, t("sessions.host_site")),
        h("th", { scope: "col" }, t("sessions.sites")),
        open ? h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("sessions.open"))) : null)),
      h("tbody", {}, sessions.map((s) => h("tr", { "data-session": s.sessionId },
        h("td", {}, `${s.projectCode} ${s.projectName}`),
        h("td", {}, formatTime(s.startsAt)),
        h("td", {}, phaseName(s.phase), s.suspended ? ` (${t("sessions.suspended")})` : ""),
        h("td", {}, s.hostSiteId),
        h("td", {}, s.sites.map((x) => x.siteId).join(", ")),
        open ? h("td", {}, h("button", { type: "button", onclick: () => open(s) }, t("sessions.open"))) : null)))),
  );
}
