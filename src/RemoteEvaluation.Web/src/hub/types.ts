// The wire records of the evaluation hub (src/RemoteEvaluation.Contracts), in the JSON protocol's camelCase.

/** One recorded event as this client may see it; `event.hidden` holds the place of one it may not. */
export interface EventEnvelope {
  stream: string;
  version: number;
  type: string;
  at: string;
  data: any;
}

export const hiddenType = "event.hidden";

export interface SessionJoined {
  sessionId: string;
  stream: string;
  role: string;
  personId: string;
  siteId: string;
  version: number;
}

export interface CommandAck {
  version: number;
  duplicate: boolean;
}

export interface DocumentViewAck {
  checkedAtVersion: number;
}

export interface HeartbeatProbe {
  sequence: number;
  sentAt: string;
}

export interface PresenceUpdate {
  sessionId: string;
  siteId: string;
  online: boolean;
  roundTripMilliseconds: number | null;
  lastHeardAt: string;
}

export interface AlertNotice {
  code: string;
  message: string;
  sessionId: string;
  siteId: string | null;
  raisedAt: string;
}

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "disconnected";
