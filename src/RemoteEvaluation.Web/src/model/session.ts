import type { EventEnvelope } from "../hub/types";
import { hiddenType } from "../hub/types";

// The session as this client has seen it (评标会状态), folded from the pushed events: only what the hub sent, never
// fetched from elsewhere. Event data are the domain records in camelCase (src/RemoteEvaluation.Domain).

export interface Member {
  personId: string;
  kind: string;
  siteId: string;
  poolId: string;
}

export interface CriteriaItem {
  id: string;
  name: string;
  maximum: number;
  step: number;
  kind: string;
}

export interface CriteriaPart {
  kind: string;
  name: string;
  items: CriteriaItem[];
}

export interface Criteria {
  id: string;
  name: string;
  method: string;
  qualificationItems: { id: string; name: string }[];
  parts: CriteriaPart[];
}

export interface Bid {
  bidderId: string;
  bidderName: string;
  price: number;
}

/** The bids still in the running: all before the review concludes, then those that passed. */
export function validBids(s: SessionModel): Bid[] {
  if (!s.reviewOutcomes) return s.bids;
  const failed = new Set(s.reviewOutcomes.filter((o: any) => !o.passed).map((o: any) => o.bidderId));
  return s.bids.filter((b) => !failed.has(b.bidderId));
}

export interface Attendance {
  siteId: string;
  at: string;
  late: boolean;
  verifiedBy: string;
}

export interface ChatMessage {
  version: number;
  fromPersonId: string;
  fromRole: string;
  fromSiteId: string;
  toSiteId: string | null;
  text: string;
  at: string;
}

/** A supervisor's warning (监督警示): to the whole session when `toSiteId` is null, else to that centre. */
export interface Warning {
  version: number;
  supervisorId: string;
  toSiteId: string | null;
  text: string;
  at: string;
}

export interface DocumentPosition {
  documentId: string;
  page: number;
  zoom: number;
  scroll: number;
  presenterId: string;
  at: string;
}

/** A flagged score (偏离提示) of the summary table: the member's score on one item of one bid, far from the item's mean. */
export interface DeviationFlag {
  expertId: string;
  bidderId: string;
  itemId: string;
  score: number;
  itemMean: number;
}

/** A member's written reason for a flagged score (偏离说明). */
export interface DeviationExplanation {
  expertId: string;
  bidderId: string;
  itemId: string;
  reason: string;
}

/** A bidder's name as registered (投标人名称), or its id before the bids are known. */
export const bidderName = (s: SessionModel, bidderId: string) => s.bids.find((b) => b.bidderId === bidderId)?.bidderName ?? bidderId;

/** A criteria item's name (评分项), or its id before the criteria are adopted. */
export const itemName = (s: SessionModel, itemId: string) =>
  s.criteria?.parts.flatMap((p) => p.items).find((i) => i.id === itemId)?.name ?? itemId;

/** Key of a flag or an explanation: expert, bidder, item. */
export const deviationKey = (x: { expertId: string; bidderId: string; itemId: string }) => `${x.expertId}|${x.bidderId}|${x.itemId}`;

/** Key of a score sheet: expert, bidder, part. */
export const sheetKey = (expertId: string, bidderId: string, part: string) => `${expertId}|${bidderId}|${part}`;

export interface SessionModel {
  version: number;
  projectCode: string;
  projectName: string;
  hostSiteId: string;
  startsAt: string | null;
  phase: string;
  suspended: { reason: string; at: string } | null;
  remoteSiteIds: string[];
  criteria: Criteria | null;
  bids: Bid[];
  members: Member[];
  checkedIn: Map<string, Attendance>;
  absent: Map<string, string>;
  chair: string | null;
  conflicts: Map<string, boolean>;
  reviewVerdicts: Map<string, any[]>;
  reviewOutcomes: any[] | null;
  submitted: Map<string, any[] | null>;
  signed: Set<string>;
  summary: any | null;
  rechecks: any[];
  ranking: any | null;
  report: any | null;
  reportSignatures: any[];
  chat: ChatMessage[];
  warnings: Warning[];
  document: DocumentPosition | null;
  connected: Map<string, { personId: string; role: string; siteId: string }>;
  silentSites: Map<string, string>;
  timeline: EventEnvelope[];
  /** EvaluationSettings.LowScoreReasonFraction of this session. */
  lowScoreReasonFraction: number;
  /**
   * The ties the tenderer must decide (须招标人确定的并列), as the server's Ranker named them in the latest summary table
   * (`unresolvedTies`); a recorded decision resolves them all (the server accepts one only if it orders every tied bid).
   */
  tiesToDecide: string[][];
  /** The tenderer's order of tied bids (招标人确定排序), once recorded. */
  tendererDecision: { order: string[]; decidedBy: string } | null;
  /** Members' written reasons for flagged scores (偏离说明), one per expert, bidder and item (a later one replaces it). */
  explanations: DeviationExplanation[];
  /** Blind technical review (暗标): each member's bid codes, as far as this client may see them. */
  blindCodes: Map<string, { code: string; bidderId: string }[]>;
  identitiesRevealed: boolean;
}

export function emptySession(): SessionModel {
  return {
    version: 0, projectCode: "", projectName: "", hostSiteId: "", startsAt: null, phase: "None", suspended: null,
    remoteSiteIds: [], criteria: null, bids: [], members: [], checkedIn: new Map(), absent: new Map(), chair: null,
    conflicts: new Map(), reviewVerdicts: new Map(), reviewOutcomes: null, submitted: new Map(), signed: new Set(),
    summary: null, rechecks: [], ranking: null, report: null, reportSignatures: [], chat: [], warnings: [], document: null,
    connected: new Map(), silentSites: new Map(), timeline: [], lowScoreReasonFraction: 0.6, blindCodes: new Map(),
    identitiesRevealed: false, tiesToDecide: [], tendererDecision: null,
    explanations: [],
  };
}

/** Folds one event into the model (mutating it: views repaint from the model after each batch). */
export function applyEvent(s: SessionModel, e: EventEnvelope): void {
  s.version = e.version;
  if (e.type !== hiddenType) s.timeline.push(e);
  const d = e.data ?? {};
  switch (e.type) {
    case "session.scheduled":
      Object.assign(s, { projectCode: d.projectCode, projectName: d.projectName, hostSiteId: d.hostSiteId, startsAt: d.startsAt, phase: "Scheduled" });
      s.lowScoreReasonFraction = d.settings?.lowScoreReasonFraction ?? 0.6;
      break;
    case "session.remote_site_linked":
      s.remoteSiteIds.push(d.siteId);
      break;
    case "session.criteria_adopted":
      s.criteria = d.criteria;
      break;
    case "session.bids_registered":
      s.bids = d.bids;
      break;
    case "committee.seated":
      s.members = d.members;
      break;
    case "committee.replacement_seated":
      s.members = [...s.members.filter((m) => m.personId !== d.replacesPersonId), d.member];
      break;
    case "attendance.checked_in":
      unseal(s, d.personId, d.siteId);
      s.checkedIn.set(d.personId, { siteId: d.siteId, at: d.at, late: d.late, verifiedBy: d.verifiedBy });
      break;
    case "attendance.absent":
      s.absent.set(d.personId, d.at);
      break;
    case "session.opened":
      s.phase = "Opening";
      break;
    case "opening.no_conflict_declared":
      s.conflicts.set(d.personId, false);
      break;
    case "opening.conflict_declared":
      s.conflicts.set(d.personId, true);
      break;
    case "opening.chair_elected":
      s.chair = d.personId;
      break;
    case "review.started":
      s.phase = "Review";
      break;
    case "review.verdicts_submitted":
      s.reviewVerdicts.set(`${d.memberId}|${d.bidderId}`, d.verdicts);
      break;
    case "review.concluded":
      s.reviewOutcomes = d.outcomes;
      break;
    case "scoring.opened":
      s.phase = "Scoring";
      for (const a of d.blindAssignments ?? []) s.blindCodes.set(a.expertId, a.codes);
      break;
    case "scoring.identities_revealed":
      s.identitiesRevealed = true;
      break;
    case "scoring.sheet_submitted":
      s.submitted.set(sheetKey(d.expertId, d.bidderId, d.part), d.scores ?? null);
      break;
    case "scoring.sheet_signed":
      s.signed.add(sheetKey(d.expertId, d.bidderId, d.part));
      break;
    case "summary.computed":
      s.phase = "Summary";
      s.summary = d.table;
      s.tiesToDecide = d.table?.unresolvedTies ?? []; // tables recorded before the server named ties have none
      break;
    case "summary.score_rechecked":
      s.rechecks.push(d.change);
      break;
    case "summary.tenderer_decision_recorded":
      s.tendererDecision = { order: d.order, decidedBy: d.decidedBy };
      s.tiesToDecide = [];
      break;
    case "summary.deviation_explained":
      s.explanations = [...s.explanations.filter((x) => deviationKey(x) !== deviationKey(d.explanation)), d.explanation];
      break;
    case "summary.accepted":
      s.ranking = d.ranking;
      s.phase = "Report";
      break;
    case "report.drafted":
      s.report = d.report;
      s.reportSignatures = [];
      break;
    case "report.signed":
      s.reportSignatures.push(d.signature);
      break;
    case "session.closed":
      s.phase = "Closed";
      s.report = d.report ?? s.report;
      break;
    case "session.archived":
      s.phase = "Archived";
      break;
    case "session.abandoned":
      s.phase = "Abandoned";
      break;
    case "session.suspended":
      s.suspended = { reason: d.reason, at: d.at };
      break;
    case "session.resumed":
      s.suspended = null;
      break;
    case "chat.message_posted":
      s.chat.push({ version: e.version, ...d });
      break;
    case "supervision.warning_issued":
      s.warnings.push({ version: e.version, ...d });
      break;
    case "document.shown":
      s.document = d;
      break;
    case "presence.connected":
      s.connected.set(d.connectionId, { personId: d.personId, role: d.role, siteId: d.siteId });
      break;
    case "presence.disconnected":
      s.connected.delete(d.connectionId);
      break;
    case "presence.site_silent":
      s.silentSites.set(d.siteId, d.lastHeardAt);
      break;
    case "presence.site_back":
      s.silentSites.delete(d.siteId);
      break;
  }
}

/**
 * Staff see a member of another centre as `sealed-N` until that member checks in (四不知); the check-in names them.
 * Seats of one centre are alike on every board, so the first sealed seat there takes the name.
 */
function unseal(s: SessionModel, personId: string, siteId: string): void {
  if (s.members.some((m) => m.personId === personId)) return;
  const seat = s.members.findIndex((m) => m.personId.startsWith("sealed-") && m.siteId === siteId);
  if (seat >= 0) s.members = s.members.map((m, i) => (i === seat ? { ...m, personId } : m));
}
