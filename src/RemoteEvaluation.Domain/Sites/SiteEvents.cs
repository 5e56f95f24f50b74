using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Sites;

/// <summary>Something recorded about a centre (交易中心事件).</summary>
public abstract record SiteEvent;

[EventType("site.registered")]
public sealed record SiteRegistered(string Name, RegionCode Region, SiteLevel Level) : SiteEvent;

[EventType("site.room_added")]
public sealed record RoomAdded(string RoomId, string Name, int Seats) : SiteEvent;

[EventType("site.link_approved")]
public sealed record LinkApproved(string OtherSiteId, string CoordinatorId) : SiteEvent;

[EventType("site.seats_booked")]
public sealed record SeatsBooked(string BookingId, string SessionId, string HostSiteId, DateTimeOffset From, DateTimeOffset To, int Seats) : SiteEvent;

[EventType("site.booking_confirmed")]
public sealed record BookingConfirmed(string BookingId, string StaffId) : SiteEvent;

[EventType("site.booking_cancelled")]
public sealed record BookingCancelled(string BookingId, string Reason) : SiteEvent;
