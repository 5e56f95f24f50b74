import { api } from "../../api";
import { h, mount } from "../../dom";
import { formatTime } from "../../format";
import { t } from "../../i18n";
import { Outcome, refusalMessage } from "../parts/refusal";

/** A seat booking as `GET /api/sites/{id}/calendar` lists it. */
export interface SeatBooking {
  bookingId: string;
  sessionId: string;
  hostSiteId: string;
  from: string;
  to: string;
  seats: number;
  confirmed: boolean;
  cancelled: boolean;
}

const day = 24 * 60 * 60 * 1000;
/** How far ahead the centre looks for bookings to confirm: sessions are booked weeks, rarely months, ahead. */
const horizonDays = 365;

/** The bookings still waiting for this centre's confirmation, earliest first. */
export function awaitingConfirmation(bookings: readonly SeatBooking[]): SeatBooking[] {
  return bookings.filter((b) => !b.confirmed && !b.cancelled).sort((a, b) => a.from.localeCompare(b.from) || a.bookingId.localeCompare(b.bookingId));
}

/**
 * Seat bookings awaiting this centre's confirmation (待确认的席位预约, 副场确认): a host centre or the coordinator booked
 * seats here for a session; the centre's staff confirm each one. A refusal (a booking cancelled meanwhile) is shown
 * with its code, and the list is read again.
 */
export class PendingBookings {
  readonly root = h("section", { class: "card bookings", "aria-labelledby": "bookings-heading" });
  private readonly list = h("div", {});
  private readonly outcome = new Outcome();

  constructor(private readonly siteId: string) {}

  async load(): Promise<void> {
    mount(this.root, h("h2", { id: "bookings-heading" }, t("remote.bookings_heading", { site: this.siteId })), this.list, this.outcome.root);
    try {
      const now = Date.now();
      const query = new URLSearchParams({ from: new Date(now - day).toISOString(), to: new Date(now + horizonDays * day).toISOString() });
      const calendar = await api<{ bookings: SeatBooking[] }>("GET", `/api/sites/${encodeURIComponent(this.siteId)}/calendar?${query}`);
      this.paint(awaitingConfirmation(calendar.bookings));
    } catch (failure) {
      mount(this.list, h("p", { class: "error" }, refusalMessage(failure)));
    }
  }

  private paint(pending: SeatBooking[]): void {
    if (pending.length === 0) {
      mount(this.list, h("p", {}, t("remote.no_pending_bookings")));
      return;
    }
    mount(this.list, h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, ["coord.booking_id", "coord.session", "coord.host_site", "coord.from", "coord.to", "coord.seats"].map((id) => h("th", { scope: "col" }, t(id as never))),
        h("th", { scope: "col" }, t("remote.actions")))),
      h("tbody", {}, pending.map((b) => h("tr", { "data-booking": b.bookingId },
        h("th", { scope: "row" }, b.bookingId), h("td", {}, b.sessionId), h("td", {}, b.hostSiteId),
        h("td", {}, formatTime(b.from)), h("td", {}, formatTime(b.to)), h("td", {}, String(b.seats)),
        h("td", {}, h("button", { type: "button", onclick: () => void this.confirm(b.bookingId) }, t("remote.confirm_booking"))))))));
  }

  private async confirm(bookingId: string): Promise<void> {
    this.outcome.sending();
    try {
      await api("POST", `/api/sites/${encodeURIComponent(this.siteId)}/bookings/${encodeURIComponent(bookingId)}/confirm`);
      this.outcome.done(t("remote.booking_confirmed", { id: bookingId }));
    } catch (failure) {
      this.outcome.refused(failure);
    }
    await this.reload();
  }

  /** Reads the list again, keeping the outcome of the last confirmation on screen. */
  private async reload(): Promise<void> {
    const outcome = this.outcome.root;
    await this.load();
    if (!outcome.isConnected) this.root.append(outcome);
  }
}
