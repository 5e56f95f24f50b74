import { field, h } from "../../dom";
import { formatClock } from "../../format";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { Keyed } from "./keyed";
import { commandButton } from "./commandButton";

/**
 * Chat (交流): the messages this person may see and, for staff (the only ones the rules let post), a box to write;
 * a sent message waits in the outbox until acknowledged, so clearing the box loses nothing.
 */
export class ChatPanel {
  readonly root = h("section", { class: "card chat", "aria-labelledby": "chat-heading" });
  private readonly list = new Keyed("ol", "messages");
  private readonly text = h("textarea", { name: "chat", rows: 2, maxlength: 2000 });
  private readonly heading = h("h3", { id: "chat-heading" });
  private readonly form = h("div", { class: "chat-form" });

  constructor(private readonly channel: SessionChannel, private readonly canPost: boolean, private readonly toSiteId: () => string | null = () => null) {
    this.paint();
  }

  paint(): void {
    this.heading.textContent = t("chat.heading");
    this.list.invalidate();
    this.form.replaceChildren(...(!this.canPost ? [] : [
      field(t("chat.message"), this.text),
      commandButton(t("chat.send"), () => {
        const text = this.text.value.trim();
        if (!text) return null;
        const sent = this.channel.command("PostChatMessage", this.toSiteId(), text);
        this.text.value = "";
        return sent;
      })]));
    this.root.replaceChildren(this.heading, this.list.root, this.form);
  }

  update(model: SessionModel): void {
    this.list.update(`${model.chat.length}`, () => model.chat.slice(-100).map((m) => h("li", {},
      h("time", { datetime: m.at }, formatClock(m.at)), " ", h("strong", {}, m.fromPersonId), ` (${m.fromSiteId}): `, m.text)));
    this.list.root.scrollTop = this.list.root.scrollHeight;
  }
}
