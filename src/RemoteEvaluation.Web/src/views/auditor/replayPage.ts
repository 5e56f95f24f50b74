import { checkIntegrity, evidenceUrl, replayAt, sessionTimeline, type IntegrityReport, type ReplayView, type SessionTimeline } from "../../audit";
import { DocumentViewer } from "../../documents/documentViewer";
import { field, h, mount } from "../../dom";
import { t } from "../../i18n";
import { replayChat, replayConnected, replayEvent, replayOnScreen, replayPhase, replayScores } from "./replayState";

const speeds = [0.5, 1, 2, 4];
/** Sessions whose evidence package (证据包) exists: the server builds it once a session is closed. */
const finished = new Set(["session.closed", "session.archived"]);

/**
 * The replay page (回放): a timeline scrubber over the recorded versions, step and play at an adjustable speed, the
 * session at the chosen version, the integrity check and, for closed sessions, the evidence package. The scrubber
 * stays in place across repaints so the keyboard keeps its focus while the state below follows it.
 */
export class ReplayPage {
  readonly root = h("div", { class: "replay" });
  private readonly scrubber = h("input", { name: "version", type: "range", min: 1, max: 1, value: 1, step: 1 });
  private readonly speed = h("select", { name: "speed" }, speeds.map((s) => h("option", { value: s, selected: s === 1 }, `${s}×`)));
  private readonly back = h("button", { type: "button", class: "secondary", onclick: () => this.go(this.version - 1) });
  private readonly forward = h("button", { type: "button", class: "secondary", onclick: () => this.go(this.version + 1) });
  private readonly play = h("button", { type: "button", onclick: () => this.togglePlay() });
  private readonly controls = h("div", { class: "actions scrubber" });
  private readonly state = h("div", { class: "replay-state", "aria-live": "polite" });
  private readonly integrity = h("section", { class: "card integrity" });
  private readonly viewer: DocumentViewer;
  private timeline: SessionTimeline | null = null;
  private view: ReplayView | null = null;
  private report: IntegrityReport | null = null;
  private error = "";
  private version = 1;
  private asked = 0;
  private timer: number | undefined;

  constructor(private readonly sessionId: string) {
    this.viewer = new DocumentViewer(sessionId);
    this.scrubber.addEventListener("input", () => this.go(Number(this.scrubber.value)));
    this.speed.addEventListener("change", () => this.timer !== undefined && this.startPlaying());
    this.paint();
    void this.load();
  }

  paint(): void {
    this.back.textContent = t("replay.step_back");
    this.forward.textContent = t("replay.step_forward");
    this.play.textContent = this.timer === undefined ? t("replay.play") : t("replay.pause");
    mount(this.controls, field(t("replay.scrubber"), this.scrubber), this.back, this.forward, this.play, field(t("replay.speed"), this.speed));
    const done = this.timeline?.events.some((e) => finished.has(e.type));
    mount(this.root,
      h("h2", {}, t("replay.heading", { session: this.sessionId })),
      h("section", { class: "card" }, this.controls),
      this.integrity,
      done ? h("p", {}, h("a", { href: evidenceUrl(this.sessionId), download: "" }, t("replay.evidence"))) : null,
      this.state);
    this.viewer.paint();
    this.paintIntegrity();
    this.paintState();
  }

  dispose(): void {
    this.stopPlaying();
  }

  private async load(): Promise<void> {
    try {
      this.timeline = await sessionTimeline(this.sessionId);
      this.scrubber.max = String(Math.max(1, this.timeline.headVersion));
      this.paint();
      this.go(this.timeline.headVersion);
    } catch (failure) {
      this.error = failure instanceof Error ? failure.message : String(failure);
      this.paintState();
    }
  }

  /** Shows version `to` (clamped to the recorded ones); a later move wins over an answer still on its way. */
  private go(to: number): void {
    const head = this.timeline?.headVersion ?? 1;
    this.version = Math.min(Math.max(1, to), head);
    this.scrubber.value = String(this.version);
    this.back.disabled = this.version <= 1;
    this.forward.disabled = this.version >= head;
    const ask = ++this.asked;
    void replayAt(this.sessionId, this.version).then(
      (view) => ask === this.asked && ((this.view = view), (this.error = ""), this.paintState()),
      (failure) => ask === this.asked && ((this.error = failure instanceof Error ? failure.message : String(failure)), this.paintState()));
  }

  private togglePlay(): void {
    if (this.timer === undefined) this.startPlaying();
    else this.stopPlaying();
    this.play.textContent = this.timer === undefined ? t("replay.play") : t("replay.pause");
  }

  private startPlaying(): void {
    this.stopPlaying();
    if (this.version >= (this.timeline?.headVersion ?? 1)) this.go(1);
    this.timer = window.setInterval(() => {
      if (this.version >= (this.timeline?.headVersion ?? 1)) return this.togglePlay();
      this.go(this.version + 1);
    }, 1000 / Number(this.speed.value));
  }

  private stopPlaying(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
  }

  private paintIntegrity(): void {
    const r = this.report;
    mount(this.integrity,
      h("h3", {}, t("integrity.heading")),
      h("button", { type: "button", onclick: () => void checkIntegrity(this.sessionId).then((x) => ((this.report = x), this.paintIntegrity())) }, t("integrity.check")),
      !r ? null : h("p", { role: "status", class: r.intact ? "ok" : "error", "data-intact": String(r.intact), "data-version": r.version },
        r.intact ? t("integrity.ok", { version: r.version })
          : t("integrity.broken", { version: r.version, check: r.check ?? "", problem: r.problem ?? "", expected: r.expectedHash ?? "—", actual: r.actualHash ?? "—" })));
  }

  private paintState(): void {
    const v = this.view;
    // The page the presenter had on screen at that version, rendered as the members saw it.
    const onScreen = v?.state.onScreen ?? null;
    this.viewer.root.hidden = !onScreen;
    if (v && onScreen) this.viewer.follow({ ...onScreen, presenterId: v.event.actor ?? "", at: `${v.version}` });
    this.state.dataset.version = v ? String(v.version) : "";
    if (this.error) return mount(this.state, h("p", { class: "error", role: "alert" }, t("app.error", { message: this.error })));
    if (!v) return mount(this.state, h("p", {}, t("app.loading")));
    mount(this.state, replayEvent(v),
      h("div", { class: "two-columns" },
        h("div", { class: "column" }, replayPhase(v), replayConnected(v), replayOnScreen(v, this.viewer.root)),
        h("div", { class: "column" }, replayChat(v), replayScores(v))));
  }
}
