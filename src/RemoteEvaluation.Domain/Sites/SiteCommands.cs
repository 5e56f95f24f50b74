using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Sites;

/// <summary>The level of a trading centre (交易中心级别).</summary>
public enum SiteLevel
{
    /// <summary>Not registered.</summary>
    None = 0,

    /// <summary>Provincial centre (省级).</summary>
    Province = 1,

    /// <summary>City centre (市级).</summary>
    City = 2,

    /// <summary>County centre (县级).</summary>
    County = 3,
}

/// <summary>A command to one centre (交易中心) of the directory.</summary>
public abstract record SiteCommand;

/// <summary>Enter a centre into the directory with its region code and level.</summary>
public sealed record RegisterSite(string Name, RegionCode Region, SiteLevel Level) : SiteCommand;

/// <summary>Add an evaluation room (评标室) with its seats (评标席位).</summary>
public sealed record AddRoom(string RoomId, string Name, int Seats) : SiteCommand;

/// <summary>A province coordinator (省级协调员) approves a cooperation link (协作关系) with another centre.</summary>
public sealed record ApproveLink(string OtherSiteId, string CoordinatorId) : SiteCommand;

/// <summary>Book seats for a session (席位预约); refused when the seats are not free for the whole time.</summary>
public sealed record BookSeats(string BookingId, string SessionId, string HostSiteId, DateTimeOffset From, DateTimeOffset To, int Seats) : SiteCommand;

/// <summary>The remote centre's staff confirm a booking (副场确认).</summary>
public sealed record ConfirmBooking(string BookingId, string StaffId) : SiteCommand;

/// <summary>Release a booking's seats.</summary>
public sealed record CancelBooking(string BookingId, string Reason) : SiteCommand;
