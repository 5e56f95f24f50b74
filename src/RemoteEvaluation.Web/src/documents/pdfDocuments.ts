import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { credentials } from "../credentials";

GlobalWorkerOptions.workerSrc = workerUrl;

const loaded = new Map<string, Promise<PDFDocumentProxy>>();

/**
 * Where a bid document (投标文件) is read: the session's document endpoint, or the address itself when the presenter
 * named a URL (demo documents before the document store existed).
 */
export function documentUrl(sessionId: string, documentId: string): string {
  return /^(https?:)?\//.test(documentId)
    ? documentId
    : `/api/sessions/${encodeURIComponent(sessionId)}/documents/${encodeURIComponent(documentId)}`;
}

/** Loads a PDF once per page life, with the caller's credentials (experts' bearer token, staff cookie). */
export function loadPdf(url: string): Promise<PDFDocumentProxy> {
  let pdf = loaded.get(url);
  if (!pdf) {
    pdf = fetchBytes(url).then((data) =>
      getDocument({ data, cMapUrl: "/pdfjs/cmaps/", cMapPacked: true, standardFontDataUrl: "/pdfjs/standard_fonts/" }).promise);
    pdf.catch(() => loaded.delete(url));
    loaded.set(url, pdf);
  }
  return pdf;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const token = credentials.expertToken();
  const response = await fetch(url, { credentials: "same-origin", headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
