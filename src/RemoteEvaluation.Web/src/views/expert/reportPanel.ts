import { field, h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";
import { reportSummary } from "../parts/reportSummary";

/** The evaluation report (评标报告) as drafted, and this member's signature: agree, or dissent with the reason. */
export class ReportPanel {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel, private readonly me: string) {}

  update(m: SessionModel): void {
    const mine = m.reportSignatures.find((s) => s.personId === this.me);
    this.part.update(`${!!m.report}|${m.reportSignatures.length}|${m.phase}`, () => {
      if (!m.report) return [];
      const reason = h("textarea", { name: "dissent", rows: 2 });
      return [
        h("h3", {}, t("report.heading")),
        reportSummary(m),
        mine
          ? h("p", {}, t(mine.given === "Dissent" ? "report.signed_dissent" : "report.signed_agree"))
          : m.phase === "Report"
            ? h("div", {},
                commandButton(t("report.sign_agree"), () => this.channel.command("SignReport", "Agree", null)),
                field(t("report.dissent_reason"), reason),
                commandButton(t("report.sign_dissent"), () => this.channel.command("SignReport", "Dissent", reason.value.trim()), { className: "secondary" }))
            : null,
      ];
    });
  }
}
