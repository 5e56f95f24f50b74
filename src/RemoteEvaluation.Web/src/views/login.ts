import { ApiError } from "../api";
import { signInExpert, signInStaff } from "../auth";
import { field, h, mount } from "../dom";
import { t } from "../i18n";

/** Sign-in (登录): staff with username and password, experts with the session id and their one-time check-in code. */
export function loginView(main: HTMLElement, onSignedIn: () => void): void {
  const username = h("input", { name: "username", autocomplete: "username", required: true });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const staffError = h("p", { class: "error", role: "alert" });
  const sessionId = h("input", { name: "sessionId", required: true, value: new URLSearchParams(location.search).get("session") ?? "" });
  const code = h("input", { name: "code", autocomplete: "one-time-code", required: true });
  const expertError = h("p", { class: "error", role: "alert" });

  const submit = (form: HTMLFormElement, error: HTMLElement, failed: "login.failed" | "login.expert_failed", run: () => Promise<void>) =>
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      try {
        await run();
        onSignedIn();
      } catch (failure) {
        error.textContent = failure instanceof ApiError && failure.status < 500 ? t(failed) : t("app.error", { message: String(failure) });
      }
    });

  const staff = h("form", { class: "card", "aria-labelledby": "staff-heading" },
    h("h2", { id: "staff-heading" }, t("login.staff_tab")),
    field(t("login.username"), username), field(t("login.password"), password), staffError,
    h("button", { type: "submit" }, t("login.submit")));
  submit(staff, staffError, "login.failed", () => signInStaff(username.value.trim(), password.value));

  const expert = h("form", { class: "card", "aria-labelledby": "expert-heading" },
    h("h2", { id: "expert-heading" }, t("login.expert_tab")),
    field(t("login.session_id"), sessionId), field(t("login.checkin_code"), code), expertError,
    h("button", { type: "submit" }, t("login.expert_submit")));
  submit(expert, expertError, "login.expert_failed", () => signInExpert(sessionId.value.trim(), code.value.trim()));

  mount(main, h("section", { class: "login", "data-view": "login" }, h("h2", { class: "visually-hidden" }, t("login.heading")), staff, expert));
}
