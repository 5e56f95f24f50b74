import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { parseHubError, type HubError } from "./hubError";
import { Outbox, type PendingCommand } from "./outbox";
import type { AlertNotice, CommandAck, ConnectionStatus, DocumentViewAck, EventEnvelope, HeartbeatProbe, PresenceUpdate, SessionJoined } from "./types";
import { VersionTracker } from "./versionTracker";

export interface SessionChannelOptions {
  sessionId: string;
  /** The expert's bearer token; staff connect with their cookie and leave this out. */
  accessToken?: () => string | null;
  onEvent: (e: EventEnvelope) => void;
  onStatus?: (status: ConnectionStatus, pendingCommands: number) => void;
  onPresence?: (update: PresenceUpdate) => void;
  onAlert?: (alert: AlertNotice) => void;
  /** A command queued by an earlier page (no one awaits it) was refused. */
  onOrphanRefused?: (command: PendingCommand, error: HubError) => void;
  outbox?: Outbox;
  url?: string;
  /** A prepared connection (tests); otherwise one is built for `url`. */
  connection?: HubConnection;
}

const maxRetriableAttempts = 5;

/**
 * One session over the evaluation hub (评标会实时通道): joins, applies events once and in order (resyncing on a gap and
 * after every reconnect), answers heartbeats, and sends commands with a generated command id that stays in the
 * outbox until the server acknowledges it — after a reconnect, or a reload, it is sent again with the same id.
 */
export class SessionChannel {
  readonly connection: HubConnection;
  private readonly tracker: VersionTracker;
  private readonly outbox: Outbox;
  private readonly waiting = new Map<string, { resolve: (ack: CommandAck) => void; reject: (error: HubError) => void }>();
  private readonly attempts = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private resyncing: Promise<void> | null = null;
  private stopped = false;
  private status: ConnectionStatus = "disconnected";
  joined: SessionJoined | null = null;

  constructor(private readonly options: SessionChannelOptions) {
    this.outbox = options.outbox ?? new Outbox(localStorage);
    this.tracker = new VersionTracker(options.onEvent);
    const token = options.accessToken;
    this.connection =
      options.connection ??
      new HubConnectionBuilder()
        .withUrl(options.url ?? "/hubs/evaluation", token ? { accessTokenFactory: () => token() ?? "" } : {})
        // Never give up: a centre's link may be down for minutes; the backoff tops out at ten seconds.
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => Math.min(500 * 2 ** c.previousRetryCount, 10_000) })
        .configureLogging(LogLevel.Warning)
        .build();

    const c = this.connection;
    c.on("ReceiveEvents", (events: EventEnvelope[]) => this.receive(events));
    c.on("Heartbeat", (probe: HeartbeatProbe) => void c.invoke("AnswerHeartbeat", probe.sequence).catch(() => undefined));
    c.on("Presence", (update: PresenceUpdate) => options.onPresence?.(update));
    c.on("Alert", (alert: AlertNotice) => options.onAlert?.(alert));
    c.onreconnecting(() => this.setStatus("reconnecting"));
    c.onreconnected(() => void this.catchUp().catch(() => this.setStatus("disconnected")));
    c.onclose(() => {
      this.setStatus("disconnected");
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), 2_000);
    });
  }

  get sessionId(): string {
    return this.options.sessionId;
  }

  /** The last version applied. */
  get version(): number {
    return this.tracker.applied;
  }

  get pendingCommands(): number {
    return this.outbox.all(this.sessionId).length;
  }

  /** Connects, joins and catches up from version 0; sends what the outbox still holds for this session. */
  async start(): Promise<SessionJoined> {
    this.stopped = false;
    this.setStatus("connecting");
    try {
      await this.connection.start();
    } catch (error) {
      this.setStatus("reconnecting");
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), 2_000);
      throw error;
    }
    await this.catchUp();
    return this.joined!;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.connection.stop();
  }

  /** Sends `method(sessionId, commandId, ...args)` and resolves with its ack, however many reconnects it takes. */
  command(method: string, ...args: unknown[]): Promise<CommandAck> {
    const pending: PendingCommand = { commandId: crypto.randomUUID(), sessionId: this.sessionId, method, args, queuedAt: new Date().toISOString() };
    this.outbox.add(pending);
    const answer = new Promise<CommandAck>((resolve, reject) => this.waiting.set(pending.commandId, { resolve, reject }));
    this.setStatus(this.status);
    void this.send(pending);
    return answer;
  }

  /** The presenter's position (文档同步): latest-only on the server, so a lost one is not sent again. */
  showDocument(documentId: string, page: number, zoom: number, scroll: number): Promise<DocumentViewAck> {
    return this.connection.invoke<DocumentViewAck>("ShowDocument", this.sessionId, crypto.randomUUID(), documentId, page, zoom, scroll);
  }

  private async catchUp(): Promise<void> {
    // Join answers who we are; Resync joins again (groups do not survive a reconnect) and pushes what we missed.
    this.joined = await this.connection.invoke<SessionJoined>("Join", this.sessionId);
    await this.resync();
    this.setStatus("connected");
    for (const pending of this.outbox.all(this.sessionId)) await this.send(pending);
  }

  private receive(events: EventEnvelope[]): void {
    if (this.tracker.offer(events)) void this.resync().catch(() => undefined);
  }

  private resync(): Promise<void> {
    this.resyncing ??= this.connection
      .invoke<number>("Resync", this.sessionId, this.tracker.applied)
      .then(() => undefined)
      .finally(() => (this.resyncing = null));
    return this.resyncing;
  }

  private async send(pending: PendingCommand): Promise<void> {
    if (this.connection.state !== HubConnectionState.Connected || this.inFlight.has(pending.commandId)) return;
    this.inFlight.add(pending.commandId);
    try {
      const ack = await this.connection.invoke<CommandAck>(pending.method, pending.sessionId, pending.commandId, ...pending.args);
      this.settle(pending, () => this.waiting.get(pending.commandId)?.resolve(ack));
    } catch (failure) {
      const error = parseHubError(failure);
      const attempts = (this.attempts.get(pending.commandId) ?? 0) + 1;
      this.attempts.set(pending.commandId, attempts);
      if (error && (!error.retriable || attempts >= maxRetriableAttempts)) {
        this.settle(pending, () => {
          const waiter = this.waiting.get(pending.commandId);
          if (waiter) waiter.reject(error);
          else this.options.onOrphanRefused?.(pending, error);
        });
      } else if (error) {
        setTimeout(() => void this.send(pending), 500 * attempts);
      }
      // No HubError: the connection failed under the call; it is sent again after the reconnect.
    } finally {
      this.inFlight.delete(pending.commandId);
    }
  }

  private settle(pending: PendingCommand, notify: () => void): void {
    this.outbox.remove(pending.commandId);
    this.attempts.delete(pending.commandId);
    notify();
    this.waiting.delete(pending.commandId);
    this.setStatus(this.status);
  }

  private setStatus(status: ConnectionStatus): void {
    this.status = status;
    this.options.onStatus?.(status, this.pendingCommands);
  }
}
