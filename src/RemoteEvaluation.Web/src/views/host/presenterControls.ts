import { DocumentViewer } from "../../documents/documentViewer";
import { field, h, mount } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";

/**
 * The presenter's controls (演示控制): pick a document, page and zoom and show it to everyone; every page turn or zoom
 * in the viewer goes out as ShowDocument (the server keeps only the latest of a burst).
 */
export class PresenterControls {
  readonly root = h("section", { class: "card presenter" });
  readonly viewer: DocumentViewer;
  private readonly documentId = h("input", { name: "documentId", list: "bid-documents" });
  private readonly page = h("input", { name: "page", type: "number", min: 1, value: 1 });
  private readonly zoom = h("input", { name: "zoom", type: "number", min: 0.25, max: 4, step: 0.25, value: 1 });
  private readonly options = h("datalist", { id: "bid-documents" });
  private started = false;

  constructor(channel: SessionChannel) {
    this.viewer = new DocumentViewer(channel.sessionId, (p) => void channel.showDocument(p.documentId, p.page, p.zoom, p.scroll).catch(() => undefined));
    this.paint();
  }

  paint(): void {
    mount(this.root,
      h("h3", {}, t("presenter.heading")),
      h("div", { class: "actions" }, field(t("presenter.document"), this.documentId), field(t("presenter.page"), this.page), field(t("presenter.zoom"), this.zoom),
        commandButton(t("presenter.show"), () => {
          if (!this.documentId.value.trim()) return null;
          this.viewer.open({ documentId: this.documentId.value.trim(), page: Number(this.page.value) || 1, zoom: Number(this.zoom.value) || 1, scroll: 0 });
          return Promise.resolve();
        })),
      this.options, this.viewer.root);
    this.viewer.paint();
  }

  update(m: SessionModel): void {
    mount(this.options, m.bids.map((b) => h("option", { value: b.bidderId }, b.bidderName)));
    // Coming back to a running session: start from where the last presenter left it.
    if (!this.started && m.document) {
      this.started = true;
      this.documentId.value = m.document.documentId;
      this.page.value = String(m.document.page);
      this.zoom.value = String(m.document.zoom);
    }
  }
}
