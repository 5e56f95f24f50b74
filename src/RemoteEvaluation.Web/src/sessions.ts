import { api } from "./api";

/** One session as `GET /api/sessions` lists it (the province board's view of it). */
export interface SessionSummary {
  sessionId: string;
  projectCode: string;
  projectName: string;
  hostSiteId: string;
  startsAt: string;
  phase: string;
  suspended: boolean;
  sites: { siteId: string; host: boolean; connections: number; silent: boolean; silentSince: string | null }[];
  version: number;
  /** The role the caller acts as in this session (host staff of a linked centre act as site staff). */
  actingAs: string;
}

/**
 * Sessions asked for at a time: a screenful, shown at once. The server folds every session of a page, so a small first
 * page answers quickly however many sessions the province has run.
 */
export const sessionPageSize = 50;

/** The caller's sessions newest first (`order=newest`), one page after the `skip` already shown. */
export const sessionPagePath = (skip: number, take = sessionPageSize) => `/api/sessions?order=newest&skip=${skip}&take=${take}`;

/**
 * The caller's sessions (评标会列表), newest first, fetched a page at a time as the reader asks for more. Each fetch asks
 * for one session more than a page and keeps it back: whether it came says if there is a next page, so a full last
 * page offers no "more" that would find nothing. A session scheduled between two pages shifts the later ones by one,
 * so a session already shown is not added again.
 */
export class SessionPages {
  readonly sessions: SessionSummary[] = [];
  /** How far into the server's order the pages have read. */
  private skipped = 0;
  private last = false;
  private pending: Promise<SessionSummary[]> | null = null;

  constructor(
    private readonly fetchPage: (path: string) => Promise<SessionSummary[]> = (path) => api<SessionSummary[]>("GET", path),
    private readonly size = sessionPageSize,
  ) {}

  /** Whether the server may have sessions not fetched yet. */
  get hasMore(): boolean {
    return !this.last;
  }

  /** Fetches the next page and answers the sessions it added; one fetch at a time (a double click asks once). */
  next(): Promise<SessionSummary[]> {
    if (this.last) return Promise.resolve([]);
    this.pending ??= this.fetchNext().finally(() => (this.pending = null));
    return this.pending;
  }

  private async fetchNext(): Promise<SessionSummary[]> {
    const page = await this.fetchPage(sessionPagePath(this.skipped, this.size + 1));
    const kept = page.slice(0, this.size);
    this.skipped += kept.length;
    if (page.length <= this.size) this.last = true;
    const shown = new Set(this.sessions.map((s) => s.sessionId));
    const added = kept.filter((s) => !shown.has(s.sessionId));
    this.sessions.push(...added);
    return added;
  }
}
