import { h, mount } from "../dom";
import { t } from "../i18n";
import type { ViewHandle } from "../main";
import { navigate } from "../router";
import type { Shell } from "../shell";
import { ReplayPage } from "./auditor/replayPage";
import { SearchForm } from "./auditor/searchForm";

/**
 * The auditor's view (审计): the session search, and a session's replay at any recorded version with the integrity
 * check. Read from `/api/audit`; the auditor never joins a live session and never sends a command.
 */
export function auditorView(shell: Shell, sessionId: string | null): ViewHandle {
  const root = h("section", { "data-view": "auditor" });
  mount(shell.main, root);
  if (!sessionId) {
    const search = new SearchForm((id) => navigate(`/sessions/${encodeURIComponent(id)}`));
    mount(root, search.root);
    return { rerender: () => (mount(shell.main, root), search.paint()) };
  }
  const back = h("button", { type: "button", class: "secondary", onclick: () => navigate("/") });
  const replay = new ReplayPage(sessionId);
  const paint = () => {
    back.textContent = t("audit.back");
    replay.paint();
  };
  mount(root, back, replay.root);
  paint();
  return { dispose: () => replay.dispose(), rerender: () => (mount(shell.main, root), paint()) };
}
