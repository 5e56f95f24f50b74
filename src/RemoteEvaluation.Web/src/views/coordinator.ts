import type { Me } from "../auth";
import type { ViewHandle } from "../main";
import type { Shell } from "../shell";
import { placeholderView } from "./placeholder";

/** Province coordinator (省级协调) view: centres, seats and calendar, links, today's sessions, draws. To be built. */
export function coordinatorView(shell: Shell, me: Me): ViewHandle {
  placeholderView(shell.main, me, "coordinator");
  return {};
}
