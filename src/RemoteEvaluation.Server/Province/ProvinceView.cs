using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Province;

/// <summary>How a session appears on the province board (全省看板), and which sessions are today's.</summary>
public static class ProvinceView
{
    /// <summary>Today's sessions are those starting on the same calendar day as now, in the session's own time zone.</summary>
    public static bool IsToday(SessionState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.StartsAt is { } starts && DateOnly.FromDateTime(starts.DateTime) == DateOnly.FromDateTime(now.ToOffset(starts.Offset).DateTime);
    }

    public static ProvinceSession Of(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var s = snapshot.State;
        var sites = new[] { s.HostSiteId! }.Concat(s.RemoteSiteIds).Select(site => new ProvinceSite(
            site,
            site == s.HostSiteId,
            s.Presence.At(site).Count(),
            s.Presence.IsSilent(site),
            s.Presence.SilentSites.TryGetValue(site, out var since) ? since : null));
        return new ProvinceSession(snapshot.SessionId, s.ProjectCode!, s.ProjectName!, s.HostSiteId!, s.StartsAt!.Value, s.Phase.ToString(), s.IsSuspended, [.. sites], snapshot.Version);
    }
}
