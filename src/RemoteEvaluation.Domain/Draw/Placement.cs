namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// Where a drawn expert sits (座位安排): at the remote centre nearest home (same county, then city, then
/// province) that still has a free seat, no further than <c>maxDistance</c> (see <see cref="Experts.RegionCode.DistanceTo"/>);
/// ties go to the lower centre id. Null when no such centre has a seat left.
/// </summary>
public static class Placement
{
    public static string? Choose(Candidate expert, IReadOnlyList<SeatOffer> sites, IReadOnlyDictionary<string, int> seatsTaken, int maxDistance = 3)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(seatsTaken);
        return sites
            .Where(s => s.FreeSeats > seatsTaken.GetValueOrDefault(s.SiteId) && s.Region.DistanceTo(expert.Region) <= maxDistance)
            .OrderBy(s => s.Region.DistanceTo(expert.Region))
            .ThenBy(s => s.SiteId, StringComparer.Ordinal)
            .Select(s => s.SiteId)
            .FirstOrDefault();
    }
}
