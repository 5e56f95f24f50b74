import type { Me } from "../auth";
import type { ViewHandle } from "../main";
import type { Shell } from "../shell";
import { placeholderView } from "./placeholder";

/** Remote centre (分会场) view: local experts' check-in, link status, chat with the host, warnings. To be built. */
export function remoteView(shell: Shell, me: Me, _sessionId: string | null): ViewHandle {
  placeholderView(shell.main, me, "remote");
  return {};
}
