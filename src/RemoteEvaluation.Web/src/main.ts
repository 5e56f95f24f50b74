import "./styles.css";
import { whoAmI, type Me } from "./auth";
import { h, mount } from "./dom";
import { language, onLanguageChanged, t } from "./i18n";
import { navigate, onNavigate, sessionInPath } from "./router";
import { Shell } from "./shell";
import { auditorView } from "./views/auditor";
import { coordinatorView } from "./views/coordinator";
import { expertView } from "./views/expert";
import { hostView } from "./views/host";
import { loginView } from "./views/login";
import { placeholderView } from "./views/placeholder";
import { remoteView } from "./views/remote";
import { supervisorView } from "./views/supervisor";
import { viewOf } from "./views/roles";

/** A mounted view; `dispose` closes its hub connection when the user leaves it. */
export interface ViewHandle {
  dispose?: () => void;
  /** Paints again in the current language without reconnecting; without it the view is rebuilt. */
  rerender?: () => void;
}

const root = document.getElementById("app")!;
let me: Me | null = null;
let current: ViewHandle | undefined;
let shell: Shell | undefined;

async function render(): Promise<void> {
  current?.dispose?.();
  current = undefined;
  document.documentElement.lang = language();
  document.title = t("app.title");
  shell = new Shell(root, me, () => {
    me = null;
    navigate("/");
  });
  shell.render();
  if (!me) {
    loginView(shell.main, () => void signedIn());
    return;
  }
  const view = viewOf(me);
  const sessionId = sessionInPath();
  switch (view) {
    case "expert":
      current = expertView(shell, me);
      break;
    case "host":
      current = hostView(shell, me, sessionId);
      break;
    case "remote":
      current = remoteView(shell, me, sessionId);
      break;
    case "coordinator":
      current = coordinatorView(shell, me);
      break;
    case "supervisor":
      current = supervisorView(shell, sessionId);
      break;
    case "auditor":
      current = auditorView(shell, sessionId);
      break;
    default:
      placeholderView(shell.main, me, view);
  }
}

async function signedIn(): Promise<void> {
  me = await whoAmI();
  navigate("/");
}

async function boot(): Promise<void> {
  mount(root, h("p", {}, t("app.loading")));
  me = await whoAmI();
  onNavigate(() => void render());
  // A language switch repaints in place; the hub connection stays open.
  onLanguageChanged(() => {
    document.documentElement.lang = language();
    document.title = t("app.title");
    if (shell && current?.rerender) {
      shell.render();
      current.rerender();
    } else {
      void render();
    }
  });
  await render();
}

void boot();
