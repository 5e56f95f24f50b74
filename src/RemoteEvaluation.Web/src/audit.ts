import { api } from "./api";

// The audit API (审计接口, /api/audit/sessions): search, timeline, the session at a version, and the hash chain's check.

/** One session as the audit search lists it. */
export interface AuditedSession {
  sessionId: string;
  version: number;
  projectCode: string | null;
  projectName: string | null;
  hostSiteId: string | null;
  remoteSiteIds: string[];
  startsAt: string | null;
  memberIds: string[];
  /** none, scheduled, opened, closed, archived or abandoned. */
  status: string;
}

export interface AuditSessionPage {
  total: number;
  page: number;
  pageSize: number;
  items: AuditedSession[];
}

export interface AuditQuery {
  from?: string;
  to?: string;
  site?: string;
  project?: string;
  expert?: string;
  page?: number;
}

export interface TimelineEntry {
  version: number;
  recordedAt: string;
  type: string;
  actor: string | null;
  role: string | null;
  siteId: string | null;
}

export interface SessionTimeline {
  sessionId: string;
  headVersion: number;
  events: TimelineEntry[];
}

/** The parts of the domain's folded SessionState a replay shows (ReplayState on the server). */
export interface ReplayState {
  phase: string;
  suspended: boolean;
  projectCode: string | null;
  projectName: string | null;
  hostSiteId: string | null;
  remoteSiteIds: string[];
  startsAt: string | null;
  members: { member: { personId: string; kind: string; siteId: string }; status: string }[];
  chairId: string | null;
  connected: { personId: string; role: string; siteId: string; since: string }[];
  silentSites: string[];
  onScreen: { documentId: string; page: number; zoom: number; scroll: number } | null;
  sheets: { expertId: string; bidderId: string; part: string; scores: { itemId: string; score: number; reason: string | null }[]; isSigned: boolean }[];
  rechecks: { expertId: string | null; bidderId: string; itemId: string; oldScore: number; newScore: number; ground: string; reason: string }[];
}

export interface ReplayView {
  sessionId: string;
  version: number;
  headVersion: number;
  event: TimelineEntry;
  state: ReplayState;
  chat: { fromPersonId: string; fromRole: string; fromSiteId: string; toSiteId: string | null; text: string; at: string }[];
  warnings: { supervisorId: string; toSiteId: string | null; text: string; at: string }[];
}

export interface IntegrityReport {
  sessionId: string;
  intact: boolean;
  version: number;
  check: string | null;
  problem: string | null;
  expectedHash: string | null;
  actualHash: string | null;
}

const base = "/api/audit/sessions";
const id = (sessionId: string) => encodeURIComponent(sessionId);

export function searchSessions(query: AuditQuery): Promise<AuditSessionPage> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(name, String(value));
  return api<AuditSessionPage>("GET", `${base}?${params}`);
}

export const sessionTimeline = (sessionId: string) => api<SessionTimeline>("GET", `${base}/${id(sessionId)}/timeline`);
export const replayAt = (sessionId: string, version: number) => api<ReplayView>("GET", `${base}/${id(sessionId)}/replay?version=${version}`);
export const checkIntegrity = (sessionId: string) => api<IntegrityReport>("GET", `${base}/${id(sessionId)}/integrity`);
/** The evidence package (证据包) of a closed or archived session, built by the server. */
export const evidenceUrl = (sessionId: string) => `/api/sessions/${id(sessionId)}/evidence`;
