import { h } from "../../dom";
import type { HubError } from "../../hub/hubError";
import { has, t } from "../../i18n";

/** The text of a refusal: our words for the rule when we know the code, and always the server's own message. */
export function refusalText(error: HubError): string {
  const id = `rule.${error.code}`;
  return has(id) ? `${t(id)} (${error.message})` : error.message;
}

/**
 * A button that sends a command and shows the outcome beside it: a refusal with the rule's message, or nothing when it
 * was acknowledged. While the connection is down the command waits in the outbox and the button says so.
 */
export function commandButton(label: string, send: () => Promise<unknown> | null, options: { disabled?: boolean; className?: string } = {}): HTMLElement {
  const outcome = h("span", { class: "outcome", role: "alert" });
  const button = h("button", { type: "button", class: options.className ?? "", disabled: options.disabled ?? false }, label);
  button.addEventListener("click", async () => {
    const sending = send();
    if (!sending) return;
    button.disabled = true;
    outcome.textContent = t("command.sending");
    outcome.className = "outcome";
    try {
      await sending;
      outcome.textContent = t("command.done");
    } catch (failure) {
      outcome.className = "outcome error";
      outcome.textContent = isHubError(failure) ? refusalText(failure) : String(failure);
    } finally {
      button.disabled = false;
    }
  });
  return h("span", { class: "command" }, button, outcome);
}

export function isHubError(x: unknown): x is HubError {
  return typeof x === "object" && x !== null && "code" in x && "message" in x;
}
