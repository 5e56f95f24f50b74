import { describe, expect, it } from "vitest";
import { Outbox, type PendingCommand } from "./outbox";

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const command = (commandId: string, sessionId = "s1"): PendingCommand => ({
  commandId, sessionId, method: "SubmitScoreSheet", args: ["e2", "bidder-alpha", "Technical", [{ itemId: "plan", score: 8 }]], queuedAt: "2026-12-03T04:00:00Z",
});

describe("Outbox", () => {
  it("keeps unacknowledged commands across instances (a reload) with their command ids and arguments", () => {
    const storage = new MemoryStorage();
    new Outbox(storage).add(command("c1"));
    expect(new Outbox(storage).all("s1")).toEqual([command("c1")]);
  });

  it("forgets a command once it is acknowledged", () => {
    const outbox = new Outbox(new MemoryStorage());
    outbox.add(command("c1"));
    outbox.add(command("c2"));
    outbox.remove("c1");
    expect(outbox.all("s1").map((c) => c.commandId)).toEqual(["c2"]);
  });

  it("answers only the commands of the session asked for", () => {
    const outbox = new Outbox(new MemoryStorage());
    outbox.add(command("c1", "s1"));
    outbox.add(command("c2", "s2"));
    expect(outbox.all("s2").map((c) => c.commandId)).toEqual(["c2"]);
  });

  it("starts empty when the stored value is not a list", () => {
    const storage = new MemoryStorage();
    storage.setItem("re.outbox", "{broken");
    expect(new Outbox(storage).all("s1")).toEqual([]);
  });
});
