import type { HubConnection } from "@microsoft/signalr";
import type { HeartbeatProbe } from "./types";

/** What a centre knows of its own link: the last probe it answered and how long that answer's round trip took. */
export interface HeartbeatReading {
  sequence: number;
  answeredAt: string;
  roundTripMilliseconds: number;
}

/**
 * Times this connection's heartbeat answers (心跳往返时间). The server sends its measured round trips only to the host
 * (docs/protocol.md, heartbeats), so a remote centre times the `AnswerHeartbeat` invocation itself: the server answers
 * it at once, so from sending to completion is one round trip on this browser's clock.
 * It takes over the `Heartbeat` handler of the channel's connection and answers exactly as the channel does.
 */
export class HeartbeatMeter {
  last: HeartbeatReading | null = null;

  constructor(private readonly connection: HubConnection, private readonly changed: () => void) {
    connection.off("Heartbeat");
    connection.on("Heartbeat", (probe: HeartbeatProbe) => void this.answer(probe));
  }

  private async answer(probe: HeartbeatProbe): Promise<void> {
    const started = performance.now();
    try {
      await this.connection.invoke("AnswerHeartbeat", probe.sequence);
    } catch {
      return; // The connection went down under the answer; the next probe after the reconnect is timed.
    }
    this.last = { sequence: probe.sequence, answeredAt: new Date().toISOString(), roundTripMilliseconds: performance.now() - started };
    this.changed();
  }
}
