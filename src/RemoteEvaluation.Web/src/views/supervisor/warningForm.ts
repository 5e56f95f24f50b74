import { field, h, mount } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";

/** The supervisor's one command (监督警示): a text warning to one centre or to the whole session (IssueWarning). */
export class WarningForm {
  readonly root = h("section", { class: "card warning-form" });
  private readonly target = h("select", { name: "warningTarget" });
  private readonly text = h("textarea", { name: "warningText", rows: 2, maxlength: 2000 });
  private sites: string[] = [];

  constructor(private readonly channel: SessionChannel) {
    this.paint();
  }

  paint(): void {
    const chosen = this.target.value;
    mount(this.target,
      h("option", { value: "" }, t("warnings.to_all")),
      this.sites.map((site) => h("option", { value: site }, t("warnings.to_site", { site }))));
    this.target.value = chosen;
    mount(this.root,
      h("h3", {}, t("warnings.send_heading")),
      field(t("warnings.target"), this.target),
      field(t("warnings.text"), this.text),
      commandButton(t("warnings.send"), () => {
        const text = this.text.value.trim();
        if (!text) return null;
        const sent = this.channel.command("IssueWarning", this.target.value || null, text);
        this.text.value = "";
        return sent;
      }));
  }

  update(m: SessionModel): void {
    const sites = [m.hostSiteId, ...m.remoteSiteIds].filter(Boolean);
    if (sites.join() === this.sites.join()) return;
    this.sites = sites;
    this.paint();
  }
}
