import "./roles.css";
import type { Me } from "../auth";
import { h, mount } from "../dom";
import { HeartbeatMeter } from "../hub/heartbeatMeter";
import { t } from "../i18n";
import type { ViewHandle } from "../main";
import { LiveSession } from "../model/liveSession";
import { navigate } from "../router";
import type { Shell } from "../shell";
import { phaseName } from "./phase";
import { ChatPanel } from "./parts/chatPanel";
import { Keyed } from "./parts/keyed";
import { AlertList, LinkStatus } from "./remote/linkStatus";
import { LocalExperts } from "./remote/localExperts";
import { PendingBookings } from "./remote/pendingBookings";
import { sessionList } from "./sessionList";

const sealedProject = "(sealed)";

/**
 * The remote centre (副场) view: the sessions the centre is linked to and the seat bookings awaiting its confirmation,
 * or one session's page — its local members'
 * identity check and check-in with the one-time codes, the centre's link, chat with the host and the warnings received.
 */
export function remoteView(shell: Shell, me: Me, sessionId: string | null): ViewHandle {
  const root = h("section", { "data-view": "remote" });
  mount(shell.main, root);
  if (!sessionId) {
    // The centre's landing page: its sessions, and the seat bookings it has still to confirm.
    const sessions = h("div", {});
    const bookings = new PendingBookings(me.siteId ?? "");
    mount(root, sessions, bookings.root);
    const open = () => {
      void sessionList(sessions, (s) => navigate(`/sessions/${encodeURIComponent(s.sessionId)}`));
      void bookings.load();
    };
    open();
    return {
      rerender: () => {
        mount(shell.main, root);
        open();
      },
    };
  }

  const live = new LiveSession(sessionId, shell, () => update());
  // The centre comes from the hub's answer to Join (who we act as there); until then from the sign-in.
  const site = () => live.channel.joined?.siteId ?? me.siteId ?? "";
  const meter = new HeartbeatMeter(live.channel.connection, () => update());
  const heading = new Keyed("div", "session-heading");
  const experts = new LocalExperts(live.channel, site);
  const link = new LinkStatus();
  const alerts = new AlertList();
  // Site staff may write only on their own centre's channel with the host (主场与副场).
  const chat = new ChatPanel(live.channel, true, site);
  const back = h("button", { type: "button", class: "secondary", onclick: () => navigate("/") });

  mount(root,
    back,
    heading.root,
    experts.part.root,
    h("div", { class: "remote-columns" },
      h("div", { class: "column" }, experts.code.root),
      h("div", { class: "column" }, link.part.root, alerts.part.root),
      h("div", { class: "column" }, chat.root)));

  const update = () => {
    const m = live.model;
    back.textContent = t("view.back");
    heading.update(`${m.projectCode}|${m.phase}|${!!m.suspended}|${site()}`, () => [
      // Remote centres do not learn the project (四不知: EventVisibility.SealedProject); the session id names it then.
      h("h2", {}, m.projectCode && m.projectCode !== sealedProject ? `${m.projectCode} ${m.projectName}` : t("session.untitled", { id: sessionId })),
      h("p", {}, t("remote.session_line", { site: site(), host: m.hostSiteId || "—", phase: phaseName(m.phase) })),
      m.suspended ? h("p", { class: "error", role: "alert" }, t("session.suspended_because", { reason: m.suspended.reason })) : null,
    ]);
    experts.update(m);
    link.update(m, site(), live.channel.connection, meter.last);
    alerts.update(live.alerts, m);
    chat.update(m);
  };
  // The connection's own state changes without an event; look at it once a second (the part repaints only on change).
  const ticker = setInterval(update, 1000);
  update();
  live.start();
  return {
    dispose: () => {
      clearInterval(ticker);
      live.stop();
    },
    rerender: () => {
      mount(shell.main, root);
      [heading, link.part, alerts.part].forEach((k) => k.invalidate());
      experts.invalidate();
      chat.paint();
      update();
    },
  };
}
