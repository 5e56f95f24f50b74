using System.Collections.Immutable;
using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Sites;

/// <summary>A booking of seats for one session (席位预约) and whether the centre confirmed it.</summary>
public sealed record SeatBooking(string BookingId, string SessionId, string HostSiteId, DateTimeOffset From, DateTimeOffset To, int Seats, bool Confirmed, bool Cancelled);

/// <summary>One centre of the directory (交易中心), folded from its events: rooms, links and its seat calendar.</summary>
public sealed record SiteState
{
    public static readonly SiteState Empty = new();

    public SiteLevel Level { get; init; }

    public string Name { get; init; } = string.Empty;

    public RegionCode Region { get; init; }

    public ImmutableDictionary<string, int> Rooms { get; init; } = ImmutableDictionary<string, int>.Empty;

    public ImmutableSortedSet<string> LinkedSiteIds { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public ImmutableDictionary<string, SeatBooking> Bookings { get; init; } = ImmutableDictionary<string, SeatBooking>.Empty;

    public bool IsRegistered => Level != SiteLevel.None;

    /// <summary>Every evaluation seat of the centre.</summary>
    public int Capacity => Rooms.Values.Sum();

    /// <summary>
    /// Seats free for the whole of [from, to) (席位日历). Every live booking that overlaps the period counts
    /// in full, which may under-count free seats but never lets two bookings share a seat.
    /// </summary>
    public int FreeSeats(DateTimeOffset from, DateTimeOffset to) =>
        Capacity - Bookings.Values.Where(b => !b.Cancelled && b.From < to && from < b.To).Sum(b => b.Seats);
}
