/** A command sent but not yet acknowledged (待确认指令): kept until the server answers, and sent again with the same id. */
export interface PendingCommand {
  commandId: string;
  sessionId: string;
  method: string;
  args: unknown[];
  queuedAt: string;
}

/**
 * The unacknowledged commands of one browser (发件箱), in localStorage so a reload, a lost connection or a crash loses
 * nothing typed or submitted. The server answers a repeated command id with the first outcome, so sending again is safe.
 */
export class Outbox {
  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem">, private readonly key = "re.outbox") {}

  all(sessionId: string): PendingCommand[] {
    return this.read().filter((c) => c.sessionId === sessionId);
  }

  add(command: PendingCommand): void {
    this.write([...this.read().filter((c) => c.commandId !== command.commandId), command]);
  }

  remove(commandId: string): void {
    this.write(this.read().filter((c) => c.commandId !== commandId));
  }

  private read(): PendingCommand[] {
    try {
      const parsed = JSON.parse(this.storage.getItem(this.key) ?? "[]");
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }

  private write(commands: PendingCommand[]): void {
    this.storage.setItem(this.key, JSON.stringify(commands));
  }
}
