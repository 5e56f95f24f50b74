import { api } from "../../api";
import { h } from "../../dom";
import { formatClock } from "../../format";
import { t } from "../../i18n";
import { Outcome } from "./refusal";

/** The answer of `POST /api/sessions/{id}/experts/{expertId}/checkin-code`. */
interface IssuedCode {
  code: string;
  sessionId: string;
  expertId: string;
  expiresAt: string;
}

/**
 * The one-time check-in code (一次性签到码) last issued at this centre's desk, shown once, large, to be read out to the
 * member; it is kept only on this page. Remote centres and the host console issue codes for their own members alike.
 */
export class CheckInCodeCard {
  readonly root = h("section", { class: "card checkin-code", "aria-live": "polite", tabindex: -1 });
  private readonly outcome = new Outcome();
  private issued: IssuedCode | null = null;

  constructor(private readonly sessionId: string) {
    this.paint();
  }

  async issue(personId: string): Promise<void> {
    this.issued = null;
    this.paint();
    this.outcome.sending();
    try {
      const path = `/api/sessions/${encodeURIComponent(this.sessionId)}/experts/${encodeURIComponent(personId)}/checkin-code`;
      this.issued = await api<IssuedCode>("POST", path);
      this.outcome.clear();
    } catch (failure) {
      this.outcome.refused(failure);
    }
    this.paint();
    this.root.focus();
  }

  /** Repaints the text (a language switch). */
  paint(): void {
    const c = this.issued;
    this.root.replaceChildren(
      h("h3", {}, t("remote.code_heading")),
      c
        ? h("div", {},
            h("p", {}, t("remote.code_for", { person: c.expertId })),
            h("p", { class: "big-code", "data-code-for": c.expertId, lang: "en" }, c.code),
            h("p", {}, t("remote.code_expires", { time: formatClock(c.expiresAt) })),
            h("p", { class: "note" }, t("remote.code_once")))
        : h("p", { class: "note" }, t("remote.code_none")),
      this.outcome.root);
  }
}
