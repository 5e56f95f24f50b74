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

export function listSessions(): Promise<SessionSummary[]> {
  return api<SessionSummary[]>("GET", "/api/sessions");
}
