/** A refused invocation (拒绝): the code shared with the domain's rejections, the server's message, and whether a retry may succeed. */
export interface HubError {
  code: string;
  message: string;
  retriable: boolean;
}

// SignalR puts its own text before a HubException's message, so the marker is searched anywhere (Contracts/HubError.cs).
const pattern = /hub-error ([a-z0-9][a-z0-9._-]*) (retriable|final): ([\s\S]*)$/;

/** The HubError inside an invocation's error text, or null when the failure was not the server's answer (a lost connection). */
export function parseHubError(error: unknown): HubError | null {
  const text = error instanceof Error ? error.message : String(error);
  const match = pattern.exec(text);
  return match ? { code: match[1], retriable: match[2] === "retriable", message: match[3] } : null;
}
