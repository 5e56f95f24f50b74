import { field, h } from "../../dom";
import { t } from "../../i18n";
import type { SessionChannel } from "../../hub/sessionChannel";
import type { SessionModel } from "../../model/session";
import { commandButton } from "../parts/commandButton";
import { Keyed } from "../parts/keyed";

/** Opening (开标): declare any conflict of interest (回避声明) and vote for the chair (推选组长). */
export class OpeningPanel {
  readonly part = new Keyed("section", "card");

  constructor(private readonly channel: SessionChannel, private readonly me: string) {}

  update(m: SessionModel): void {
    const declared = m.conflicts.get(this.me);
    const key = `${m.phase}|${declared}|${m.chair}|${m.members.map((x) => x.personId).join()}`;
    this.part.update(key, () => {
      if (m.phase !== "Opening") return [];
      const detail = h("textarea", { name: "conflictDetail", rows: 2 });
      // A member's page never receives the roster (committee.seated is recorded before they check in, so it stays
      // hidden from them): the candidate is typed, with the members this page does know offered as suggestions.
      const known = new Set([this.me, ...m.members.filter((x) => x.kind === "Expert").map((x) => x.personId), ...m.checkedIn.keys()]);
      const candidate = h("input", { name: "chair", list: "chair-candidates", autocomplete: "off" });
      const suggestions = h("datalist", { id: "chair-candidates" }, [...known].map((id) => h("option", { value: id })));
      return [
        h("h3", {}, t("opening.heading")),
        declared === undefined
          ? h("div", {},
              commandButton(t("opening.no_conflict"), () => this.channel.command("DeclareConflict", false, null)),
              field(t("opening.conflict_detail"), detail),
              commandButton(t("opening.declare_conflict"), () => this.channel.command("DeclareConflict", true, detail.value.trim()), { className: "secondary" }))
          : h("p", {}, declared ? t("opening.declared_conflict") : t("opening.declared_none")),
        m.chair
          ? h("p", {}, t("opening.chair_elected", { chair: m.chair }))
          : h("div", {}, field(t("opening.chair_candidate"), candidate), suggestions,
              commandButton(t("opening.vote"), () => (candidate.value.trim() ? this.channel.command("VoteForChair", candidate.value.trim()) : null))),
      ];
    });
  }
}
