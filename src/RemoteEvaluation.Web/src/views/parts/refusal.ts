import { ApiError } from "../../api";
import { h } from "../../dom";
import { parseHubError } from "../../hub/hubError";
import { has, t } from "../../i18n";
import { isHubError } from "./commandButton";

/**
 * A refusal in the reader's language (拒绝原因): our words for a code the dictionaries know (`rule.{code}`), the
 * server's own message for any other; a failure that is not a refusal (a lost connection) says so.
 */
export function refusalMessage(failure: unknown): string {
  const refusal =
    failure instanceof ApiError ? { code: failure.code, message: failure.message } : isHubError(failure) ? failure : parseHubError(failure);
  if (!refusal) return t("app.error", { message: failure instanceof Error ? failure.message : String(failure) });
  const id = `rule.${refusal.code}`;
  return has(id) ? t(id) : refusal.message || refusal.code;
}

/** The stable code of a refusal, or null (kept on the outcome as `data-code` for tests and support calls). */
export function refusalCode(failure: unknown): string | null {
  if (failure instanceof ApiError) return failure.code;
  if (isHubError(failure)) return failure.code;
  return parseHubError(failure)?.code ?? null;
}

/** Shows the outcome of an HTTP action beside whatever started it: done, or the refusal in the reader's language. */
export class Outcome {
  readonly root = h("span", { class: "outcome", role: "alert" });

  sending(): void {
    this.root.className = "outcome";
    this.root.removeAttribute("data-code");
    this.root.textContent = t("command.sending");
  }

  done(text = t("command.done")): void {
    this.root.className = "outcome ok";
    this.root.textContent = text;
  }

  refused(failure: unknown): void {
    this.root.className = "outcome error";
    const code = refusalCode(failure);
    if (code) this.root.dataset.code = code;
    this.root.textContent = refusalMessage(failure);
  }

  clear(): void {
    this.root.textContent = "";
  }
}

/**
 * A form whose submit (the button or Enter) runs `run` and shows its outcome; `run` returns the text to show when it
 * worked, or nothing for "Done". The fields keep their values after a refusal so the reader can fix them.
 */
export function actionForm(legend: string, fields: HTMLElement[], submitLabel: string, run: () => Promise<string | void>): HTMLFormElement {
  const outcome = new Outcome();
  const submit = h("button", { type: "submit" }, submitLabel);
  const form = h("form", { class: "action-form" }, h("fieldset", {}, h("legend", {}, legend), ...fields, h("div", { class: "actions" }, submit, outcome.root)));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    submit.disabled = true;
    outcome.sending();
    try {
      const text = await run();
      outcome.done(text || undefined);
    } catch (failure) {
      outcome.refused(failure);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
