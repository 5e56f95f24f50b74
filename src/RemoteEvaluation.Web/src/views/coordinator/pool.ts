// The expert pool's requests and answers (专家库), as the coordinator API (/api/experts) has them.

/** One expert as `GET /api/experts` lists it; `name` for coordinators only. */
export interface ExpertListItem {
  expertId: string;
  status: string;
  region: string | null;
  specialties: string[];
  qualification: string;
  name: string | null;
}

/** A page of the pool and how many matched in all. */
export interface ExpertPage {
  total: number;
  page: number;
  pageSize: number;
  items: ExpertListItem[];
}

/** One row of an import's report: line (CSV) or position (JSON), the expert id read, and why it was refused. */
export interface ImportRow {
  row: number;
  key: string | null;
  outcome: "Imported" | "Unchanged" | "Rejected";
  reasons: string[];
}

/** The per-row report of an import (导入报告). */
export interface ImportReport {
  rows: ImportRow[];
  imported: number;
  unchanged: number;
  rejected: number;
}

export const expertStatuses = ["Active", "Suspended", "Retired"] as const;
export const penaltyKinds = ["Warning", "Suspension", "Disqualification"] as const;

/** What the search form asks for; empty fields ask for nothing. */
export interface PoolSearch {
  q: string;
  status: string;
  region: string;
  specialty: string;
  page: number;
  pageSize: number;
}

/** The query string of `GET /api/experts` for a search: only the filters given, trimmed, and always the page. */
export function poolQuery(search: PoolSearch): string {
  const query = new URLSearchParams();
  for (const name of ["q", "status", "region", "specialty"] as const) {
    const value = search[name].trim();
    if (value) query.set(name, value);
  }
  query.set("page", String(search.page));
  query.set("pageSize", String(search.pageSize));
  return query.toString();
}

/** How many pages `total` experts fill; an empty result is still one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The media type the import endpoint reads a file as, from its name; null for a file it does not take. */
export function importContentType(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) return "text/csv";
  if (name.endsWith(".json")) return "application/json";
  return null;
}

/** A reason of a refused row as the server words it, `code: message`: the code alone, to look up in the dictionaries. */
export function reasonCode(reason: string): string | null {
  const match = /^([a-z_]+\.[a-z_]+)(?::|$)/.exec(reason);
  return match ? match[1] : null;
}
