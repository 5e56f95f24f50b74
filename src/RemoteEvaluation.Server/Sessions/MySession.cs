using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Sessions;

/// <summary>
/// One of the caller's sessions (我的评标会) as <c>GET /api/sessions</c> lists it: the province board's view of it
/// (<see cref="ProvinceSession"/>) and the role the caller acts as in it (<c>host_staff</c>, <c>site_staff</c>,
/// <c>coordinator</c>, <c>expert</c>…), which decides the view the browser app opens.
/// </summary>
public sealed record MySession(
    string SessionId,
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    DateTimeOffset StartsAt,
    string Phase,
    bool Suspended,
    IReadOnlyList<ProvinceSite> Sites,
    long Version,
    string ActingAs);
