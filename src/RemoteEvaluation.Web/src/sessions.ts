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

/** The server's largest page (SessionListQuery.MaxTake); a shorter page is the last. */
const pageSize = 200;

/** Every session the caller may follow, in start order, page by page. */
export async function listSessions(): Promise<SessionSummary[]> {
  const all: SessionSummary[] = [];
  for (let skip = 0; ; skip += pageSize) {
    const page = await api<SessionSummary[]>("GET", `/api/sessions?skip=${skip}&take=${pageSize}`);
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}
