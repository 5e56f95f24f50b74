import { describe, expect, it } from "vitest";
import { awaitingConfirmation, type SeatBooking } from "./pendingBookings";

const booking = (bookingId: string, from: string, state: Partial<SeatBooking> = {}): SeatBooking =>
  ({ bookingId, sessionId: "s1", hostSiteId: "site-330100", from, to: "2027-01-01T00:00:00Z", seats: 3, confirmed: false, cancelled: false, ...state });

describe("the bookings a remote centre confirms", () => {
  it("are those neither confirmed nor cancelled", () => {
    const list = [booking("b1", "2026-12-05T01:00:00Z", { confirmed: true }), booking("b2", "2026-12-05T01:00:00Z", { cancelled: true }), booking("b3", "2026-12-05T01:00:00Z")];
    expect(awaitingConfirmation(list).map((b) => b.bookingId)).toEqual(["b3"]);
  });

  it("come earliest first", () => {
    expect(awaitingConfirmation([booking("late", "2026-12-09T01:00:00Z"), booking("early", "2026-12-05T01:00:00Z")]).map((b) => b.bookingId)).toEqual(["early", "late"]);
  });
});
