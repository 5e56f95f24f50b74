import { field, h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";
import { phaseName } from "../phase";

/**
 * The host's phase controls (会议进程): the commands the current phase allows host staff, suspend and resume. Concluding
 * the review and accepting the summary are the chair's (SessionCommandRoles: members only): the console says so.
 */
export class PhaseControls {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel) {}

  update(m: SessionModel): void {
    this.part.update(`${m.phase}|${!!m.suspended}|${m.projectCode}`, () => {
      const c = (label: string, method: string, ...args: unknown[]) => commandButton(label, () => this.channel.command(method, ...args));
      const byPhase: Record<string, HTMLElement[]> = {
        Scheduled: [c(t("host.open_session"), "OpenSession")],
        Opening: [c(t("host.start_review"), "StartReview")],
        Review: [commandButton(t("host.open_scoring"), () => this.channel.command("OpenScoring", randomSeed())), note(t("host.chair_concludes_review"))],
        Scoring: [c(t("host.start_summary"), "StartSummary")],
        Summary: [note(t("host.chair_accepts_summary"))],
        Report: [c(t("host.close"), "CloseSession")],
        Closed: [c(t("host.settle_fees"), "SettleFees"), c(t("host.record_conduct"), "RecordConduct", []), c(t("host.archive"), "ArchiveSession")],
      };
      const reason = h("input", { name: "suspendReason" });
      const live = !["Closed", "Archived", "Abandoned", "None"].includes(m.phase);
      return [
        h("h2", {}, `${m.projectCode} ${m.projectName}`),
        h("p", {}, t("sessions.phase"), ": ", h("strong", { "data-phase": m.phase }, phaseName(m.phase))),
        m.suspended ? h("p", { class: "error" }, t("session.suspended_because", { reason: m.suspended.reason })) : null,
        h("h3", {}, t("host.phase_heading")),
        h("div", { class: "actions" }, byPhase[m.phase] ?? []),
        live && !m.suspended ? h("div", { class: "actions" }, field(t("host.suspend_reason"), reason),
          commandButton(t("host.suspend"), () => (reason.value.trim() ? this.channel.command("SuspendSession", reason.value.trim()) : null), { className: "secondary" })) : null,
        m.suspended ? c(t("host.resume"), "ResumeSession") : null,
      ];
    });
  }
}

const note = (text: string) => h("p", { class: "note" }, text);

/** The scoring seed (blind codes): random, recorded with the event, so the assignment can be re-derived later. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}
