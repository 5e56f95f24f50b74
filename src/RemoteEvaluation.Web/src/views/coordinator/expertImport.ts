import { upload } from "../../api";
import { field, h, mount } from "../../dom";
import { has, t } from "../../i18n";
import { actionForm } from "../parts/refusal";
import { importContentType, reasonCode, type ImportReport, type ImportRow } from "./pool";

/**
 * Importing experts into the pool (专家导入) from a CSV or JSON file: the file goes to `POST /api/experts/import` as it
 * is, and the per-row report comes back — imported, unchanged (already in the pool) or refused with the reasons.
 */
export class ExpertImport {
  readonly root = h("div", { class: "expert-import" });
  private readonly report = h("div", { class: "import-report" });

  constructor(private readonly imported: () => void) {}

  render(): HTMLElement {
    const file = h("input", { type: "file", accept: ".csv,.json,text/csv,application/json", required: true });
    mount(this.root,
      actionForm(t("pool.import_heading"), [field(t("pool.import_file"), file), h("p", { class: "note" }, t("pool.import_note"))], t("pool.import_submit"), async () => {
        const chosen = file.files?.[0];
        if (!chosen) throw new Error(t("pool.import_no_file"));
        const type = importContentType(chosen.name);
        if (!type) throw new Error(t("pool.import_wrong_type", { name: chosen.name }));
        const answer = await upload<ImportReport>("/api/experts/import", await chosen.text(), type);
        this.paint(answer);
        this.imported();
        return t("pool.import_done", { imported: answer.imported, unchanged: answer.unchanged, rejected: answer.rejected });
      }),
      this.report);
    return this.root;
  }

  private paint(answer: ImportReport): void {
    mount(this.report,
      h("p", { "data-imported": answer.imported, "data-unchanged": answer.unchanged, "data-rejected": answer.rejected },
        t("pool.import_done", { imported: answer.imported, unchanged: answer.unchanged, rejected: answer.rejected })),
      h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["pool.row", "pool.expert_id", "pool.outcome", "pool.reasons"].map((id) => h("th", { scope: "col" }, t(id as never))))),
        h("tbody", {}, answer.rows.map((r) => h("tr", { "data-row": r.row, "data-outcome": r.outcome, class: r.outcome === "Rejected" ? "warn" : "" },
          h("th", { scope: "row" }, String(r.row)), h("td", {}, r.key ?? "—"), h("td", {}, outcomeName(r)),
          h("td", {}, r.reasons.length ? h("ul", { class: "plain" }, r.reasons.map((reason) => h("li", { "data-code": reasonCode(reason) ?? "" }, reasonText(reason)))) : "—"))))));
  }
}

function outcomeName(r: ImportRow): string {
  const id = `pool.outcome.${r.outcome}`;
  return has(id) ? t(id) : r.outcome;
}

/** Our words for the reason's code when the dictionaries know it, and always the server's own text. */
function reasonText(reason: string): string {
  const id = `rule.${reasonCode(reason)}`;
  return has(id) ? `${t(id)}（${reason}）` : reason;
}
