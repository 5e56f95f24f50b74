import { searchSessions, type AuditSessionPage } from "../../audit";
import { field, h, mount } from "../../dom";
import { formatTime } from "../../format";
import { t } from "../../i18n";

/** The audit search (审计检索): date range, centre, project and expert; the results open the replay. */
export class SearchForm {
  readonly root = h("section", { class: "card audit-search" });
  private readonly from = h("input", { name: "from", type: "date" });
  private readonly to = h("input", { name: "to", type: "date" });
  private readonly site = h("input", { name: "site" });
  private readonly project = h("input", { name: "project" });
  private readonly expert = h("input", { name: "expert" });
  private readonly results = h("div", { class: "results", "aria-live": "polite" });
  private page: AuditSessionPage | null = null;
  private error = "";

  constructor(private readonly open: (sessionId: string) => void) {
    this.paint();
    void this.search();
  }

  paint(): void {
    const form = h("form", { class: "actions", onsubmit: (e: Event) => { e.preventDefault(); void this.search(); } },
      field(t("audit.from"), this.from), field(t("audit.to"), this.to), field(t("audit.site"), this.site),
      field(t("audit.project"), this.project), field(t("audit.expert"), this.expert),
      h("button", { type: "submit" }, t("audit.search")));
    mount(this.root, h("h2", {}, t("audit.heading")), form, this.results);
    this.paintResults();
  }

  private async search(): Promise<void> {
    try {
      this.page = await searchSessions({ from: this.from.value, to: this.to.value, site: this.site.value.trim(), project: this.project.value.trim(), expert: this.expert.value.trim() });
      this.error = "";
    } catch (failure) {
      this.page = null;
      this.error = failure instanceof Error ? failure.message : String(failure);
    }
    this.paintResults();
  }

  private paintResults(): void {
    const page = this.page;
    if (this.error) return mount(this.results, h("p", { class: "error", role: "alert" }, t("app.error", { message: this.error })));
    if (!page) return mount(this.results, h("p", {}, t("app.loading")));
    if (page.items.length === 0) return mount(this.results, h("p", {}, t("audit.no_results")));
    mount(this.results,
      h("p", {}, t("audit.found", { count: page.total })),
      h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["sessions.project", "sessions.starts_at", "audit.status", "sessions.host_site", "sessions.sites"].map((id) => h("th", { scope: "col" }, t(id as never))),
          h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("audit.replay"))))),
        h("tbody", {}, page.items.map((s) => h("tr", { "data-session": s.sessionId },
          h("td", {}, `${s.projectCode ?? ""} ${s.projectName ?? ""}`),
          h("td", {}, s.startsAt ? formatTime(s.startsAt) : "—"),
          h("td", {}, t(`audit.status_${s.status}` as never)),
          h("td", {}, s.hostSiteId ?? "—"),
          h("td", {}, s.remoteSiteIds.join(", ")),
          h("td", {}, h("button", { type: "button", onclick: () => this.open(s.sessionId) }, t("audit.replay")))))))); 
  }
}
