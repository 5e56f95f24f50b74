import { h, mount } from "../dom";
import { t } from "../i18n";
import { phaseName } from "./phase";
import { SessionPages, type SessionSummary } from "../sessions";
import { formatTime } from "../format";

/**
 * The caller's sessions (评标会列表) as a table, newest first: the first page as soon as it arrives, further pages when
 * the reader asks for them ("显示更多"). `open` is offered when the role has a session view.
 */
export async function sessionList(container: HTMLElement, open?: (s: SessionSummary) => void): Promise<void> {
  mount(container, h("p", {}, t("app.loading")));
  const pages = new SessionPages();
  const outcome = h("p", { class: "error", role: "alert" });
  const rows = h("tbody", {});
  const more = h("button", { type: "button", class: "secondary" }, t("sessions.more"));
  const addRows = (sessions: SessionSummary[]) => rows.append(...sessions.map((s) => row(s, open)));
  try {
    addRows(await pages.next());
  } catch (failure) {
    mount(container, h("p", { class: "error", role: "alert" }, t("app.error", { message: String(failure) })));
    return;
  }
  if (pages.sessions.length === 0) {
    mount(container, h("h2", {}, t("sessions.heading")), h("p", {}, t("sessions.none")));
    return;
  }
  more.hidden = !pages.hasMore;
  more.addEventListener("click", async () => {
    more.disabled = true;
    outcome.textContent = "";
    try {
      addRows(await pages.next());
      more.hidden = !pages.hasMore;
    } catch (failure) {
      outcome.textContent = t("app.error", { message: String(failure) });
    } finally {
      more.disabled = false;
    }
  });
  mount(
    container,
    h("h2", {}, t("sessions.heading")),
    h("table", { class: "grid sessions" },
      h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, t("sessions.project")),
        h("th", { scope: "col" }, t("sessions.starts_at")),
        h("th", { scope: "col" }, t("sessions.phase")),
        h("th", { scope: "col" }, t("sessions.host_site")),
        h("th", { scope: "col" }, t("sessions.sites")),
        open ? h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("sessions.open"))) : null)),
      rows),
    h("div", { class: "actions" }, more),
    outcome,
  );
}

function row(s: SessionSummary, open?: (s: SessionSummary) => void): HTMLElement {
  return h("tr", { "data-session": s.sessionId },
    h("td", {}, `${s.projectCode} ${s.projectName}`),
    h("td", {}, formatTime(s.startsAt)),
    h("td", {}, phaseName(s.phase), s.suspended ? ` (${t("sessions.suspended")})` : ""),
    h("td", {}, s.hostSiteId),
    h("td", {}, s.sites.map((x) => x.siteId).join(", ")),
    open ? h("td", {}, h("button", { type: "button", onclick: () => open(s) }, t("sessions.open"))) : null);
}
