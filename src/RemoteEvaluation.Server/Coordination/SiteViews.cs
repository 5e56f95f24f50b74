using RemoteEvaluation.Domain.Sites;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>A centre of the directory (交易中心) with its rooms (评标室 → seats) and approved links.</summary>
public sealed record SiteView(string SiteId, string Name, string? Region, string Level, int Capacity, IReadOnlyDictionary<string, int> Rooms, IReadOnlyList<string> LinkedSiteIds)
{
    public static SiteView Of(string id, SiteState s) =>
        new(id, s.Name, s.Region.Value, s.Level.ToString(), s.Capacity, s.Rooms, [.. s.LinkedSiteIds]);
}

/// <summary>The seat calendar (席位日历) of a centre over a period: the seats free for all of it and the bookings that overlap it.</summary>
public sealed record SeatCalendarView(string SiteId, DateTimeOffset From, DateTimeOffset To, int Capacity, int FreeSeats, IReadOnlyList<SeatBooking> Bookings);

/// <summary>The body of <c>POST /api/sites</c>; <see cref="Level"/> is <c>Province</c>, <c>City</c> or <c>County</c>.</summary>
public sealed record RegisterSiteRequest(string? SiteId, string? Name, string? Region, string? Level);

/// <summary>The body of <c>POST /api/sites/{id}/rooms</c>.</summary>
public sealed record AddRoomRequest(string? RoomId, string? Name, int Seats);

/// <summary>The body of <c>POST /api/sites/{id}/links</c>: the other centre of the cooperation link (协作关系).</summary>
public sealed record LinkRequest(string? OtherSiteId);

/// <summary>The body of <c>POST /api/sites/{id}/bookings</c>.</summary>
public sealed record BookingRequest(string? BookingId, string? SessionId, string? HostSiteId, DateTimeOffset? From, DateTimeOffset? To, int Seats);
