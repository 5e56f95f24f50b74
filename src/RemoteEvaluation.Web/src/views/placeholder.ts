import type { Me } from "../auth";
import { h, mount } from "../dom";
import { t } from "../i18n";
import { sessionList } from "./sessionList";

/**
 * The views still to come (coordinator and remote centre: the second web engineer):
 * the root carries its `data-view` and lists the caller's sessions.
 */
export function placeholderView(main: HTMLElement, _me: Me, view: string): void {
  const list = h("div");
  mount(main, h("section", { "data-view": view }, h("p", { class: "note" }, t("view.placeholder")), list));
  void sessionList(list);
}
