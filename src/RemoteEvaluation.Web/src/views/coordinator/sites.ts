import { api } from "../../api";
import { field, h, mount } from "../../dom";
import { has, t } from "../../i18n";
import { actionForm, refusalMessage } from "../parts/refusal";

/** A centre of the directory as `GET /api/sites` answers it. */
export interface Site {
  siteId: string;
  name: string;
  region: string | null;
  level: string;
  capacity: number;
  rooms: Record<string, number>;
  linkedSiteIds: string[];
}

export const siteLevels = ["Province", "City", "County"] as const;

export function levelName(level: string): string {
  const id = `coord.level.${level}`;
  return has(id) ? t(id) : level;
}

const input = (attrs: Record<string, string | number | boolean> = {}) => h("input", { type: "text", ...attrs });

/**
 * The centres (交易中心) with their rooms and seats and the links between cities (协作关系): the list, and the forms to
 * register a centre, add a room and link two centres. Every change reloads the list from the server.
 */
export class SitesPanel {
  readonly root = h("section", { class: "card", "aria-labelledby": "sites-heading" });
  private readonly list = h("div", { class: "sites-list" });
  sites: Site[] = [];

  constructor(private readonly loaded: (sites: Site[]) => void) {}

  async load(): Promise<void> {
    try {
      this.sites = await api<Site[]>("GET", "/api/sites");
      this.paintList();
      this.loaded(this.sites);
    } catch (failure) {
      mount(this.list, h("p", { class: "error", role: "alert" }, refusalMessage(failure)));
    }
  }

  render(): HTMLElement {
    mount(this.root,
      h("h2", { id: "sites-heading" }, t("coord.sites_heading")),
      this.list,
      h("div", { class: "form-row" }, this.registerForm(), this.roomForm(), this.linkForm()));
    this.paintList();
    return this.root;
  }

  private paintList(): void {
    if (this.sites.length === 0) {
      mount(this.list, h("p", {}, t("coord.no_sites")));
      return;
    }
    mount(this.list, h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, ["coord.site_id", "coord.site_name", "coord.region", "coord.level", "coord.rooms", "coord.capacity", "coord.links"].map((id) => h("th", { scope: "col" }, t(id as never))))),
      h("tbody", {}, this.sites.map((s) => h("tr", { "data-site": s.siteId },
        h("th", { scope: "row" }, s.siteId),
        h("td", {}, s.name),
        h("td", {}, s.region ?? "—"),
        h("td", {}, levelName(s.level)),
        h("td", {}, Object.entries(s.rooms).map(([room, seats]) => t("coord.room_seats", { room, seats })).join(" · ") || "—"),
        h("td", {}, String(s.capacity)),
        h("td", {}, s.linkedSiteIds.join(", ") || "—"))))));
  }

  private registerForm(): HTMLFormElement {
    const siteId = input({ required: true, autocomplete: "off" });
    const name = input({ required: true });
    const region = input({ inputmode: "numeric", pattern: "[0-9]{6}", placeholder: "330100" });
    const level = h("select", {}, siteLevels.map((l) => h("option", { value: l, selected: l === "City" }, levelName(l))));
    return actionForm(t("coord.register_site"), [field(t("coord.site_id"), siteId), field(t("coord.site_name"), name), field(t("coord.region"), region), field(t("coord.level"), level)],
      t("coord.register_submit"), async () => {
        await api("POST", "/api/sites", { siteId: siteId.value.trim(), name: name.value.trim(), region: region.value.trim() || null, level: level.value });
        await this.load();
        return t("coord.registered", { site: siteId.value.trim() });
      });
  }

  private roomForm(): HTMLFormElement {
    const siteId = input({ required: true, list: "site-ids" });
    const roomId = input({ required: true });
    const name = input({});
    const seats = h("input", { type: "number", min: 1, step: 1, value: 10, required: true });
    return actionForm(t("coord.add_room"), [field(t("coord.site_id"), siteId), field(t("coord.room_id"), roomId), field(t("coord.room_name"), name), field(t("coord.seats"), seats)],
      t("coord.add_room_submit"), async () => {
        await api("POST", `/api/sites/${encodeURIComponent(siteId.value.trim())}/rooms`, { roomId: roomId.value.trim(), name: name.value.trim() || roomId.value.trim(), seats: Number(seats.value) });
        await this.load();
      });
  }

  private linkForm(): HTMLFormElement {
    const a = input({ required: true, list: "site-ids" });
    const b = input({ required: true, list: "site-ids" });
    return actionForm(t("coord.link_sites"), [field(t("coord.link_from"), a), field(t("coord.link_to"), b)], t("coord.link_submit"), async () => {
      await api("POST", `/api/sites/${encodeURIComponent(a.value.trim())}/links`, { otherSiteId: b.value.trim() });
      await this.load();
    });
  }
}
