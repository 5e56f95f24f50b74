import type { EventEnvelope } from "./types";

/**
 * Applies a stream's events once and in version order (版本跟踪). Repeats are dropped; an event ahead of the next
 * expected version is held and a gap is reported, so the caller resyncs from `applied`; held events are applied as
 * soon as the gap closes.
 */
export class VersionTracker {
  private held = new Map<number, EventEnvelope>();
  private version = 0;

  constructor(private readonly apply: (e: EventEnvelope) => void) {}

  /** The last version applied. */
  get applied(): number {
    return this.version;
  }

  /** Whether events are held behind a gap. */
  get hasGap(): boolean {
    return this.held.size > 0;
  }

  /** Offers events; answers true when a gap remains (the caller should resync after `applied`). */
  offer(events: readonly EventEnvelope[]): boolean {
    for (const e of events) {
      if (e.version > this.version) this.held.set(e.version, e);
    }
    for (let next = this.held.get(this.version + 1); next; next = this.held.get(this.version + 1)) {
      this.held.delete(next.version);
      this.version = next.version;
      this.apply(next);
    }
    return this.held.size > 0;
  }
}
