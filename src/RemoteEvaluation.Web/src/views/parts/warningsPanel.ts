import { h } from "../../dom";
import { formatClock } from "../../format";
import { t } from "../../i18n";
import type { SessionModel } from "../../model/session";
import { Keyed } from "./keyed";

/**
 * The supervisor's warnings (监督警示) as recorded, newest first: the host console and the supervisor's view show the
 * same list. Each item carries `data-warning` (its version) so the browser tests can find it.
 */
export class WarningsPanel {
  readonly part = new Keyed("section", "card warnings");

  update(m: SessionModel): void {
    this.part.update(`${m.warnings.length}`, () => [
      h("h3", {}, t("warnings.heading")),
      m.warnings.length === 0
        ? h("p", { class: "note" }, t("warnings.none"))
        : h("ol", { class: "warnings-list", reversed: true }, [...m.warnings].reverse().map((w) => h("li", { "data-warning": w.version, role: "note" },
          h("time", { datetime: w.at }, formatClock(w.at)), " ",
          h("strong", {}, w.toSiteId ? t("warnings.to_site", { site: w.toSiteId }) : t("warnings.to_all")), ": ", w.text))),
    ]);
  }
}
