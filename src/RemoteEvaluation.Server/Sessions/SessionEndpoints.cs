using System.Security.Claims;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Province;

namespace RemoteEvaluation.Server.Sessions;

/// <summary>
/// <c>GET /api/sessions</c>: the sessions the caller may follow, by the same <see cref="IAccessRules"/> as the hub —
/// host and site staff the sessions their centre hosts or is linked to, coordinators, supervisors and auditors every
/// session, an expert the one session of their token, administrators none. In start order.
/// </summary>
public static class SessionEndpoints
{
    private const string SessionPrefix = "session/";
    private const int Page = 1000;

    public static WebApplication MapSessions(this WebApplication app)
    {
        app.MapGet("/api/sessions", ListAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, IEventStore store, IGrainFactory grains, IAccessRules access, CancellationToken cancellationToken)
    {
        var mine = new List<MySession>();
        foreach (var sessionId in await CandidatesAsync(user, store, cancellationToken))
        {
            var snapshot = await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync();
            if (snapshot.State.Phase != SessionPhase.None && access.MayRead(user, sessionId, snapshot.State) is null)
            {
                var view = ProvinceView.Of(snapshot);
                var actingAs = RoleNames.Of(access.ActorOf(user, snapshot.State)!.Role);
                mine.Add(new MySession(view.SessionId, view.ProjectCode, view.ProjectName, view.HostSiteId, view.StartsAt, view.Phase, view.Suspended, view.Sites, view.Version, actingAs));
            }
        }

        return Results.Ok(mine.OrderBy(s => s.StartsAt).ThenBy(s => s.SessionId, StringComparer.Ordinal).ToList());
    }

    /// <summary>An expert token names its session; everyone else is checked against every session stream.</summary>
    private static async Task<IReadOnlyList<string>> CandidatesAsync(ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken)
    {
        if (user.IsExpert())
        {
            return user.FindFirstValue(ReClaims.Session) is { } own ? [own] : [];
        }

        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var heads = await store.ListStreamsAsync("session", after, Page, cancellationToken);
            ids.AddRange(heads.Select(h => h.StreamId[SessionPrefix.Length..]));
            if (heads.Count < Page)
            {
                return ids;
            }

            after = heads[^1].StreamId;
        }
    }
}
