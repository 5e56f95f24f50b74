import { h } from "../dom";
import { formatClock } from "../format";
import type { SessionModel } from "../model/session";

/** The session's events as received, newest first (the host's timeline, 时间线). */
export function timeline(model: SessionModel, limit = 200): HTMLElement {
  return h("ol", { class: "timeline", reversed: true },
    model.timeline.slice(-limit).reverse().map((e) => h("li", {},
      h("time", { datetime: e.at }, formatClock(e.at)), " ", h("code", {}, `#${e.version} ${e.type}`))));
}
