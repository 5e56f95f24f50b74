using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Presence;

/// <summary>
/// Who is connected from where, and which centres are silent (在线状态), as recorded: a replay to any version shows
/// the connections open at that moment. Heartbeats are not recorded, only these transitions.
/// </summary>
public sealed record PresenceState
{
    public static readonly PresenceState Empty = new();

    /// <summary>Open connections by connection id.</summary>
    public ImmutableDictionary<string, Attendee> Connections { get; init; } = ImmutableDictionary<string, Attendee>.Empty;

    /// <summary>Silent centres and when they were last heard.</summary>
    public ImmutableDictionary<string, DateTimeOffset> SilentSites { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    public bool IsSilent(string siteId) => SilentSites.ContainsKey(siteId);

    public IEnumerable<Attendee> At(string siteId) => Connections.Values.Where(a => a.SiteId == siteId);
}
