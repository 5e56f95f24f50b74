import { api } from "../../api";
import { field, h, mount } from "../../dom";
import { formatTime } from "../../format";
import { t } from "../../i18n";
import { actionForm } from "../parts/refusal";
import type { Site } from "./sites";

/** A centre's seat calendar as `GET /api/sites/{id}/calendar` answers it. */
interface SeatCalendar {
  siteId: string;
  from: string;
  to: string;
  capacity: number;
  freeSeats: number;
  bookings: { bookingId: string; sessionId: string; hostSiteId: string; from: string; to: string; seats: number; confirmed: boolean; cancelled: boolean }[];
}

const day = 24 * 60 * 60 * 1000;

/** `<input type="date">`'s value for a time (local date). */
function dateValue(d: Date): string {
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A local date or date-time field's value as an instant the server reads (DateTimeOffset). */
export function instantOf(value: string): string {
  return new Date(value).toISOString();
}

/** Seats and the calendar (席位与日历) of one centre over a period, and the form to book seats for a session. */
export class CalendarPanel {
  readonly root = h("section", { class: "card", "aria-labelledby": "calendar-heading" });
  private readonly site = h("select", {});
  private readonly from = h("input", { type: "date", value: dateValue(new Date()) });
  private readonly to = h("input", { type: "date", value: dateValue(new Date(Date.now() + 30 * day)) });
  private readonly table = h("div", {});

  setSites(sites: Site[]): void {
    const chosen = this.site.value;
    mount(this.site, sites.map((s) => h("option", { value: s.siteId, selected: s.siteId === chosen }, `${s.siteId} ${s.name}`)));
  }

  render(): HTMLElement {
    const show = actionForm(t("coord.calendar_query"), [h("div", { class: "form-grid" }, field(t("coord.site_id"), this.site), field(t("coord.from"), this.from), field(t("coord.to"), this.to))],
      t("coord.calendar_show"), () => this.load());
    mount(this.root, h("h2", { id: "calendar-heading" }, t("coord.calendar_heading")), show, this.table, this.bookingForm());
    return this.root;
  }

  private async load(): Promise<string> {
    const query = new URLSearchParams({ from: instantOf(this.from.value), to: instantOf(`${this.to.value}T23:59:59`) });
    const c = await api<SeatCalendar>("GET", `/api/sites/${encodeURIComponent(this.site.value)}/calendar?${query}`);
    mount(this.table,
      h("p", { "data-free-seats": c.freeSeats }, t("coord.calendar_summary", { site: c.siteId, capacity: c.capacity, free: c.freeSeats })),
      c.bookings.length === 0 ? h("p", {}, t("coord.no_bookings")) : h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["coord.booking_id", "coord.session", "coord.host_site", "coord.from", "coord.to", "coord.seats", "coord.booking_state"].map((id) => h("th", { scope: "col" }, t(id as never))))),
        h("tbody", {}, c.bookings.map((b) => h("tr", { "data-booking": b.bookingId, class: b.cancelled ? "muted" : "" },
          h("th", { scope: "row" }, b.bookingId), h("td", {}, b.sessionId), h("td", {}, b.hostSiteId),
          h("td", {}, formatTime(b.from)), h("td", {}, formatTime(b.to)), h("td", {}, String(b.seats)),
          h("td", {}, t(b.cancelled ? "coord.booking_cancelled" : b.confirmed ? "coord.booking_confirmed" : "coord.booking_pending")))))));
    return t("coord.calendar_loaded");
  }

  private bookingForm(): HTMLFormElement {
    const text = (attrs: Record<string, string | boolean> = {}) => h("input", { type: "text", required: true, ...attrs });
    const bookingId = text({ autocomplete: "off" });
    const sessionId = text();
    const hostSiteId = text({ list: "site-ids" });
    const from = h("input", { type: "datetime-local", required: true });
    const to = h("input", { type: "datetime-local", required: true });
    const seats = h("input", { type: "number", min: 1, step: 1, value: 3, required: true });
    return actionForm(t("coord.book_heading"),
      [h("div", { class: "form-grid" }, field(t("coord.booking_id"), bookingId), field(t("coord.session"), sessionId), field(t("coord.host_site"), hostSiteId), field(t("coord.from"), from), field(t("coord.to"), to), field(t("coord.seats"), seats))],
      t("coord.book_submit"), async () => {
        await api("POST", `/api/sites/${encodeURIComponent(this.site.value)}/bookings`, {
          bookingId: bookingId.value.trim(), sessionId: sessionId.value.trim(), hostSiteId: hostSiteId.value.trim(),
          from: instantOf(from.value), to: instantOf(to.value), seats: Number(seats.value),
        });
        await this.load();
        return t("coord.booked", { site: this.site.value });
      });
  }
}
