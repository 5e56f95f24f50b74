import type { Me } from "./auth";
import { signOut } from "./auth";
import { h, mount } from "./dom";
import { has, t, toggleLanguage } from "./i18n";
import type { ConnectionStatus } from "./hub/types";

/** The frame around every view: title, who is signed in, the language switch, sign-out and the connection status line. */
export class Shell {
  readonly main = h("main", { id: "main" });
  private readonly statusLine = h("p", { role: "status", class: "status", "aria-live": "polite" });
  private status: ConnectionStatus | null = null;
  private pending = 0;

  constructor(private readonly root: HTMLElement, private readonly me: Me | null, private readonly onSignedOut: () => void) {}

  render(): void {
    const roleId = `role.${this.me?.role}`;
    mount(
      this.root,
      h(
        "header",
        { class: "topbar" },
        h("h1", {}, t("app.title")),
        this.me ? h("span", { class: "who" }, t("app.signed_in_as", { name: this.me.displayName ?? this.me.username, role: has(roleId) ? t(roleId) : this.me.role })) : null,
        h("button", { type: "button", class: "lang", onclick: () => toggleLanguage() }, t("app.language_switch")),
        this.me ? h("button", { type: "button", onclick: () => void signOut().then(this.onSignedOut) }, t("app.sign_out")) : null,
      ),
      this.statusLine,
      this.main,
    );
    this.paintStatus();
  }

  /** Announces the connection state (the status line is `role="status"`, read out by screen readers). */
  setStatus(status: ConnectionStatus | null, pending = 0): void {
    this.status = status;
    this.pending = pending;
    this.paintStatus();
  }

  private paintStatus(): void {
    const parts = this.status ? [t(`status.${this.status}`)] : [];
    if (this.pending > 0) parts.push(t("status.pending_commands", { count: this.pending }));
    this.statusLine.textContent = parts.join(" · ");
    this.statusLine.dataset.state = this.status ?? "";
  }
}
