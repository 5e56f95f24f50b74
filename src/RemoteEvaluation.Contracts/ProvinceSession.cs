namespace RemoteEvaluation.Contracts;

/// <summary>
/// One session on the province board (全省评标看板): project, host and remote centres, when it starts, its phase
/// (<c>Scheduled</c>, <c>Scoring</c>…), whether it is suspended, each centre's link health as recorded, and the stream
/// version this view was read at (a client keeps the highest per session).
/// </summary>
public sealed record ProvinceSession(
    string SessionId,
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    DateTimeOffset StartsAt,
    string Phase,
    bool Suspended,
    IReadOnlyList<ProvinceSite> Sites,
    long Version);

/// <summary>A centre of a session on the province board: host or remote, open connections, and whether it is silent (失联) since when.</summary>
public sealed record ProvinceSite(string SiteId, bool Host, int Connections, bool Silent, DateTimeOffset? SilentSince);
