import type { ReplayView } from "../../audit";
import { h } from "../../dom";
import { formatClock, formatTime } from "../../format";
import { t } from "../../i18n";
import { phaseName } from "../phase";

// The session at one version as the replay shows it (回放): each section carries data attributes the browser tests read.

const table = (heads: string[], rows: HTMLElement[]) =>
  h("table", { class: "grid" }, h("thead", {}, h("tr", {}, heads.map((x) => h("th", { scope: "col" }, t(x as never))))), h("tbody", {}, rows));

export function replayEvent(v: ReplayView): HTMLElement {
  const e = v.event;
  return h("p", { class: "replay-event", "data-version": v.version, "data-event": e.type },
    t("replay.event", { version: v.version, head: v.headVersion, time: formatTime(e.recordedAt), type: e.type }),
    e.actor ? ` · ${t("replay.by", { actor: e.actor, role: e.role ?? "", site: e.siteId || "—" })}` : "");
}

export function replayPhase(v: ReplayView): HTMLElement {
  const s = v.state;
  return h("section", { class: "card" },
    h("h3", {}, `${s.projectCode ?? ""} ${s.projectName ?? ""}`),
    h("p", { "data-phase": s.phase }, t("supervisor.phase", { phase: phaseName(s.phase) }), s.suspended ? ` (${t("sessions.suspended")})` : ""));
}

export function replayConnected(v: ReplayView): HTMLElement {
  const s = v.state;
  return h("section", { class: "card", "data-connected": s.connected.length },
    h("h3", {}, t("replay.connected")),
    s.connected.length === 0 ? h("p", {}, t("replay.nobody")) : table(["checkin.person", "replay.role", "checkin.site", "replay.since"],
      s.connected.map((c) => h("tr", { "data-person": c.personId }, h("td", {}, c.personId), h("td", {}, c.role), h("td", {}, c.siteId), h("td", {}, formatClock(c.since))))),
    s.silentSites.length ? h("p", { class: "warn" }, t("replay.silent", { sites: s.silentSites.join(", ") })) : null);
}

/** The document and page on screen at that version; `viewer` (the host's document viewer, following) renders the page. */
export function replayOnScreen(v: ReplayView, viewer: HTMLElement): HTMLElement {
  const d = v.state.onScreen;
  return h("section", { class: "card on-screen", "data-document": d?.documentId ?? "", "data-page": d ? d.page : "" },
    h("h3", {}, t("replay.on_screen_heading")),
    h("p", {}, d ? t("replay.on_screen", { document: d.documentId, page: d.page, zoom: d.zoom }) : t("document.none")),
    viewer);
}

export function replayChat(v: ReplayView): HTMLElement {
  return h("section", { class: "card", "data-chat": v.chat.length },
    h("h3", {}, t("chat.heading")),
    v.chat.length === 0 ? h("p", {}, t("replay.no_chat")) : h("ol", { class: "messages" }, v.chat.map((m) => h("li", {},
      h("time", { datetime: m.at }, formatClock(m.at)), " ", h("strong", {}, m.fromPersonId), ` (${m.fromSiteId}${m.toSiteId ? ` → ${m.toSiteId}` : ""}): `, m.text))),
    v.warnings.length ? h("div", {}, h("h4", {}, t("warnings.heading")), h("ol", { class: "warnings-list" }, v.warnings.map((w) => h("li", {},
      h("time", { datetime: w.at }, formatClock(w.at)), " ", h("strong", {}, w.toSiteId ? t("warnings.to_site", { site: w.toSiteId }) : t("warnings.to_all")), ": ", w.text)))) : null);
}

/** Score sheets as far as the auditor's role may see them (the server folds only what EventVisibility shows), and re-checks with their grounds. */
export function replayScores(v: ReplayView): HTMLElement {
  const s = v.state;
  return h("section", { class: "card", "data-sheets": s.sheets.length, "data-rechecks": s.rechecks.length },
    h("h3", {}, t("replay.scores")),
    s.sheets.length === 0 ? h("p", {}, t("replay.no_scores")) : table(["matrix.expert", "recheck.bidder", "replay.part", "replay.total", "replay.signed"],
      s.sheets.map((x) => h("tr", { "data-sheet": `${x.expertId}|${x.bidderId}|${x.part}` },
        h("td", {}, x.expertId), h("td", {}, x.bidderId), h("td", {}, x.part),
        h("td", {}, String(x.scores.reduce((sum, i) => sum + i.score, 0))),
        h("td", {}, x.isSigned ? t("replay.yes") : t("replay.no"))))),
    s.rechecks.length === 0 ? null : h("div", {}, h("h4", {}, t("recheck.heading")), table(["matrix.expert", "recheck.bidder", "recheck.item", "replay.change", "recheck.ground", "recheck.reason"],
      s.rechecks.map((r) => h("tr", { "data-recheck": `${r.bidderId}|${r.itemId}` },
        h("td", {}, r.expertId ?? "—"), h("td", {}, r.bidderId), h("td", {}, r.itemId), h("td", {}, `${r.oldScore} → ${r.newScore}`),
        h("td", {}, t(`ground.${r.ground}` as never)), h("td", {}, r.reason))))));
}
