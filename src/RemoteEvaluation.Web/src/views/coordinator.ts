import "./roles.css";
import type { Me } from "../auth";
import { h, mount } from "../dom";
import { ProvinceChannel } from "../hub/provinceChannel";
import type { ViewHandle } from "../main";
import type { Shell } from "../shell";
import { CalendarPanel } from "./coordinator/calendar";
import { DrawsPanel } from "./coordinator/draws";
import { ExpertPoolPanel } from "./coordinator/expertPool";
import { ProvinceBoard } from "./coordinator/provinceBoard";
import { SitesPanel, type Site } from "./coordinator/sites";

/**
 * The province coordinator (省级协调员) view: today's sessions across the province live, the centres with rooms,
 * seats and links, a centre's calendar and bookings, draw requests and results, and the expert pool (search, records,
 * status, penalties, import). A language switch rebuilds it.
 */
export function coordinatorView(shell: Shell, _me: Me): ViewHandle {
  const siteIds = h("datalist", { id: "site-ids" });
  const calendar = new CalendarPanel();
  const sites = new SitesPanel((all: Site[]) => {
    mount(siteIds, all.map((s) => h("option", { value: s.siteId }, s.name)));
    calendar.setSites(all);
  });
  const board = new ProvinceBoard();
  const draws = new DrawsPanel();
  const pool = new ExpertPoolPanel();
  const province = new ProvinceChannel(() => board.update(province.today, province.alerts), (status) => shell.setStatus(status));

  mount(shell.main, h("section", { "data-view": "coordinator" },
    siteIds,
    board.render(),
    sites.render(),
    h("div", { class: "two-columns" },
      h("div", { class: "column" }, calendar.render()),
      h("div", { class: "column" }, draws.render())),
    pool.render()));
  board.update([]);
  void sites.load();
  void province.start().catch(() => undefined);
  return { dispose: () => void province.stop() };
}
