import { api } from "../../api";
import { field, h, mount } from "../../dom";
import { t } from "../../i18n";
import { actionForm } from "../parts/refusal";
import { ExpertDetail, statusName } from "./expertDetail";
import { ExpertImport } from "./expertImport";
import { expertStatuses, pageCount, poolQuery, type ExpertPage, type PoolSearch } from "./pool";

const pageSize = 20;

/**
 * The expert pool (专家库管理): search by id or name, status, region and specialty a page at a time, one expert's
 * record with the status change and penalties, and the import of a CSV or JSON file with its per-row report.
 */
export class ExpertPoolPanel {
  readonly root = h("section", { class: "card expert-pool", "aria-labelledby": "pool-heading" });
  private readonly results = h("div", { class: "pool-results" });
  private readonly detail = new ExpertDetail(() => void this.search(this.current.page));
  private readonly importer = new ExpertImport(() => void this.search(1));
  private readonly q = h("input", { type: "search", autocomplete: "off" });
  private readonly status = h("select", {}, h("option", { value: "" }, "—"));
  private readonly region = h("input", { type: "text", inputmode: "numeric", placeholder: "3302" });
  private readonly specialty = h("input", { type: "text", placeholder: "C05" });
  private current: PoolSearch = { q: "", status: "", region: "", specialty: "", page: 1, pageSize };
  private page: ExpertPage | null = null;

  render(): HTMLElement {
    const chosen = this.status.value;
    mount(this.status, h("option", { value: "" }, t("pool.any_status")), expertStatuses.map((s) => h("option", { value: s, selected: s === chosen }, statusName(s))));
    const form = actionForm(t("pool.search_heading"),
      [h("div", { class: "form-grid" }, field(t("pool.search_text"), this.q), field(t("pool.status"), this.status), field(t("pool.region"), this.region), field(t("pool.specialty"), this.specialty))],
      t("pool.search_submit"), async () => {
        this.current = { q: this.q.value, status: this.status.value, region: this.region.value, specialty: this.specialty.value, page: 1, pageSize };
        await this.search(1);
      });
    mount(this.root,
      h("h2", { id: "pool-heading" }, t("pool.heading")),
      h("div", { class: "two-columns" },
        h("div", { class: "column" }, form, this.results),
        h("div", { class: "column" }, this.detail.root, this.importer.render())));
    this.paint();
    void this.detail.refresh();
    return this.root;
  }

  /** Reads one page of the current search; a refusal propagates to the form that asked. */
  async search(page: number): Promise<void> {
    this.current = { ...this.current, page };
    this.page = await api<ExpertPage>("GET", `/api/experts?${poolQuery(this.current)}`);
    this.paint();
  }

  private paint(): void {
    const p = this.page;
    if (!p) {
      mount(this.results, h("p", { class: "note" }, t("pool.search_first")));
      return;
    }
    const pages = pageCount(p.total, p.pageSize);
    mount(this.results,
      h("p", { class: "pool-paging", "data-page": p.page, "data-pages": pages, "data-total": p.total }, t("pool.page_of", { page: p.page, pages, total: p.total })),
      p.items.length === 0 ? h("p", {}, t("pool.none_found")) : h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["pool.expert_id", "pool.name", "pool.status", "pool.region", "pool.specialties"].map((id) => h("th", { scope: "col" }, t(id as never))),
          h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("pool.open"))))),
        h("tbody", {}, p.items.map((e) => h("tr", { "data-expert": e.expertId, "data-status": e.status },
          h("th", { scope: "row" }, e.expertId), h("td", {}, e.name ?? "—"), h("td", {}, statusName(e.status)), h("td", {}, e.region ?? "—"),
          h("td", {}, e.specialties.join(", ")),
          h("td", {}, h("button", { type: "button", class: "secondary", onclick: () => void this.detail.show(e.expertId) }, t("pool.open"))))))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "secondary", disabled: p.page <= 1, onclick: () => void this.search(p.page - 1) }, t("pool.previous_page")),
        h("button", { type: "button", class: "secondary", disabled: p.page >= pages, onclick: () => void this.search(p.page + 1) }, t("pool.next_page"))));
  }
}
