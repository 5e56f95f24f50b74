import type { RenderTask } from "pdfjs-dist";
import { h, mount } from "../dom";
import { t } from "../i18n";
import type { DocumentPosition } from "../model/session";

export interface ViewerPosition {
  documentId: string;
  page: number;
  zoom: number;
  scroll: number;
}

/**
 * The bid document viewer (文档阅览): follows the presenter's `document.shown` position until the reader detaches to
 * browse freely, and jumps back on "return". The root carries `data-document`, `data-page` and `data-following` so the
 * browser tests can tell what is on screen. With `onMove` it is the presenter's own viewer (every move is reported).
 */
export class DocumentViewer {
  readonly root = h("section", { class: "viewer", "aria-labelledby": "viewer-heading" });
  private readonly canvas = h("canvas", { class: "page" });
  private readonly scroller = h("div", { class: "page-scroller", tabindex: 0 }, this.canvas);
  private readonly caption = h("p", { class: "page-caption", "aria-live": "polite" });
  private readonly controls = h("div", { class: "viewer-controls" });
  private presenter: DocumentPosition | null = null;
  private shown: ViewerPosition | null = null;
  private following = true;
  private pages = 0;
  private rendering: RenderTask | null = null;
  private error = "";

  constructor(private readonly sessionId: string, private readonly onMove?: (p: ViewerPosition) => void) {
    this.scroller.addEventListener("scroll", () => {
      if (!this.shown || (!this.onMove && this.following)) return;
      const range = this.scroller.scrollHeight - this.scroller.clientHeight;
      this.shown = { ...this.shown, scroll: range > 0 ? Math.round((this.scroller.scrollTop / range) * 100) / 100 : 0 };
      this.onMove?.(this.shown);
    });
    this.paint();
  }

  /** The presenter's latest position; shown at once unless the reader has detached. */
  follow(position: DocumentPosition | null): void {
    if (!position || this.sameAsPresenter(position)) return;
    this.presenter = position;
    if (this.following && !this.onMove) void this.show(position);
    else this.paint();
  }

  /** Opens a document at a page (the presenter's controls, or a detached reader's own browsing). */
  open(position: ViewerPosition): void {
    void this.show(position);
    this.onMove?.(position);
  }

  /** Repaints the controls in the current language. */
  paint(): void {
    const s = this.shown;
    this.root.dataset.document = s?.documentId ?? "";
    this.root.dataset.page = s ? String(s.page) : "";
    this.root.dataset.following = String(this.following && !this.onMove);
    this.scroller.hidden = !s || !!this.error;
    this.caption.textContent = this.error
      ? t("document.load_failed", { message: this.error })
      : s ? t("document.page_of", { document: s.documentId, page: s.page, pages: this.pages || "?" }) : t("document.none");
    const move = (delta: number) => () => s && this.browse({ ...s, page: Math.min(Math.max(1, s.page + delta), this.pages || s.page + delta) });
    const zoom = (factor: number) => () => s && this.browse({ ...s, zoom: Math.round(Math.min(4, Math.max(0.25, s.zoom * factor)) * 100) / 100 });
    const mayBrowse = !!s && (!this.following || !!this.onMove);
    mount(this.controls,
      h("button", { type: "button", class: "secondary", disabled: !mayBrowse || s!.page <= 1, onclick: move(-1) }, t("document.previous")),
      h("button", { type: "button", class: "secondary", disabled: !mayBrowse || (this.pages > 0 && s!.page >= this.pages), onclick: move(1) }, t("document.next")),
      h("button", { type: "button", class: "secondary", disabled: !mayBrowse, onclick: zoom(1 / 1.25) }, t("document.zoom_out")),
      h("button", { type: "button", class: "secondary", disabled: !mayBrowse, onclick: zoom(1.25) }, t("document.zoom_in")),
      this.onMove ? null : this.following
        ? h("button", { type: "button", disabled: !s, onclick: () => this.detach() }, t("document.detach"))
        : h("button", { type: "button", onclick: () => this.returnToPresenter() }, t("document.return")),
      this.onMove ? null : h("span", { class: "note" }, this.following ? t("document.following") : t("document.detached")));
    mount(this.root, h("h3", { id: "viewer-heading" }, t("document.heading")), this.controls, this.caption, this.scroller);
  }

  detach(): void {
    this.following = false;
    this.paint();
  }

  returnToPresenter(): void {
    this.following = true;
    if (this.presenter) void this.show(this.presenter);
    else this.paint();
  }

  private browse(position: ViewerPosition): void {
    void this.show(position);
    this.onMove?.(position);
  }

  private sameAsPresenter(p: DocumentPosition): boolean {
    const q = this.presenter;
    return !!q && q.documentId === p.documentId && q.page === p.page && q.zoom === p.zoom && q.scroll === p.scroll && q.at === p.at;
  }

  private async show(position: ViewerPosition): Promise<void> {
    this.shown = { documentId: position.documentId, page: position.page, zoom: position.zoom, scroll: position.scroll };
    this.error = "";
    this.paint();
    try {
      // pdf.js is loaded with the first document, not with the sign-in page.
      const { documentUrl, loadPdf } = await import("./pdfDocuments");
      const pdf = await loadPdf(documentUrl(this.sessionId, position.documentId));
      if (this.shown?.documentId !== position.documentId || this.shown.page !== position.page) return; // a later move won
      this.pages = pdf.numPages;
      const page = await pdf.getPage(Math.min(Math.max(1, position.page), pdf.numPages));
      const viewport = page.getViewport({ scale: Math.max(0.25, position.zoom) * 1.25 });
      this.canvas.width = Math.floor(viewport.width);
      this.canvas.height = Math.floor(viewport.height);
      this.rendering?.cancel();
      this.rendering = page.render({ canvas: this.canvas, viewport });
      await this.rendering.promise.catch(() => undefined);
      // The page pdf.js actually drew, for readers of the DOM (and the browser tests): data-page is only the request.
      this.canvas.dataset.renderedPage = String(page.pageNumber);
      const range = this.scroller.scrollHeight - this.scroller.clientHeight;
      this.scroller.scrollTop = range * position.scroll;
    } catch (failure) {
      this.error = failure instanceof Error ? failure.message : String(failure);
    }
    this.paint();
  }
}
