import { credentials } from "../credentials";
import { SessionChannel } from "../hub/sessionChannel";
import type { AlertNotice, PresenceUpdate } from "../hub/types";
import type { Shell } from "../shell";
import { applyEvent, emptySession, type SessionModel } from "./session";

/** What the host hears about each site's link beyond the recorded events (round-trip times are never recorded). */
export interface LinkHealth {
  online: boolean;
  rtt: number | null;
  lastHeardAt: string;
}

/** A session view's live data: the folded model, link health and alerts, and the channel to send commands on. */
export class LiveSession {
  readonly model: SessionModel = emptySession();
  readonly links = new Map<string, LinkHealth>();
  readonly alerts: AlertNotice[] = [];
  readonly channel: SessionChannel;
  private scheduled = false;

  constructor(sessionId: string, shell: Shell, private readonly changed: () => void) {
    const token = credentials.expertToken();
    this.channel = new SessionChannel({
      sessionId,
      accessToken: token ? () => credentials.expertToken() : undefined,
      onEvent: (e) => {
        applyEvent(this.model, e);
        this.repaintSoon();
      },
      onStatus: (status, pending) => shell.setStatus(status, pending),
      onPresence: (p: PresenceUpdate) => {
        this.links.set(p.siteId, { online: p.online, rtt: p.roundTripMilliseconds, lastHeardAt: p.lastHeardAt });
        this.repaintSoon();
      },
      onAlert: (a) => {
        this.alerts.unshift(a);
        this.repaintSoon();
      },
    });
  }

  start(): void {
    void this.channel.start().catch(() => undefined);
  }

  stop(): void {
    void this.channel.stop();
  }

  // A resync pushes hundreds of events; paint once per frame, not once per event.
  private repaintSoon(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.changed();
    });
  }
}
