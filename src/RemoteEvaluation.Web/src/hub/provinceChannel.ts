import { HubConnectionBuilder, LogLevel, type HubConnection } from "@microsoft/signalr";
import { withProvinceAlert } from "../model/alerts";
import type { SessionSummary } from "../sessions";
import type { AlertNotice, ConnectionStatus } from "./types";

/** One of today's sessions as the province hub pushes it (`ProvinceSession`: a session summary without `actingAs`). */
export type ProvinceSession = Omit<SessionSummary, "actingAs">;

/**
 * Today's sessions across the province (全省今日评标), live over `/hubs/province`: `Watch` answers the list and joins
 * the pushes; each `SessionChanged` replaces a session unless it is older than the one held, and each `Alert` (a
 * centre's link lost or back, pushed to coordinators) is kept newest first. Pushes are best effort, so `Watch` is
 * called again after every reconnect.
 */
export class ProvinceChannel {
  readonly sessions = new Map<string, ProvinceSession>();
  alerts: AlertNotice[] = [];
  private readonly connection: HubConnection;
  private stopped = false;

  constructor(private readonly changed: () => void, private readonly onStatus: (s: ConnectionStatus) => void, url = "/hubs/province") {
    this.connection = new HubConnectionBuilder()
      .withUrl(url)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => Math.min(500 * 2 ** c.previousRetryCount, 10_000) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on("SessionChanged", (s: ProvinceSession) => this.offer(s));
    this.connection.on("Alert", (a: AlertNotice) => {
      this.alerts = withProvinceAlert(this.alerts, a);
      this.changed();
    });
    this.connection.onreconnecting(() => this.onStatus("reconnecting"));
    this.connection.onreconnected(() => void this.watch());
    this.connection.onclose(() => {
      this.onStatus("disconnected");
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), 2_000);
    });
  }

  /** Today's sessions in start order. */
  get today(): ProvinceSession[] {
    return [...this.sessions.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.onStatus("connecting");
    try {
      await this.connection.start();
    } catch (error) {
      this.onStatus("reconnecting");
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), 2_000);
      throw error;
    }
    await this.watch();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.connection.stop();
  }

  private async watch(): Promise<void> {
    const sessions = await this.connection.invoke<ProvinceSession[]>("Watch");
    this.sessions.clear();
    sessions.forEach((s) => this.offer(s, false));
    this.onStatus("connected");
    this.changed();
  }

  private offer(s: ProvinceSession, notify = true): void {
    const held = this.sessions.get(s.sessionId);
    if (held && held.version > s.version) return;
    this.sessions.set(s.sessionId, s);
    if (notify) this.changed();
  }
}
