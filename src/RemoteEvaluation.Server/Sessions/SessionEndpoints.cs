using System.Security.Claims;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Audit;
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
    public static WebApplication MapSessions(this WebApplication app)
    {
        app.MapGet("/api/sessions", ListAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, SessionDirectory directory, IGrainFactory grains, IAccessRules access, CancellationToken cancellationToken)
    {
        var mine = new List<MySession>();
        foreach (var sessionId in await CandidatesAsync(user, access, directory, cancellationToken))
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

    /// <summary>
    /// The sessions worth asking a grain about. An expert token names its session; staff follow only the sessions run
    /// at their centre, which the audit search's projection (caught up with the log, reading only streams that moved)
    /// already knows, so the other sessions' grains are never activated; observers may follow every session.
    /// </summary>
    private static async Task<IEnumerable<string>> CandidatesAsync(ClaimsPrincipal user, IAccessRules access, SessionDirectory directory, CancellationToken cancellationToken)
    {
        if (user.IsExpert())
        {
            return user.FindFirstValue(ReClaims.Session) is { } own ? [own] : [];
        }

        if (access.ActorOf(user) is not { } actor)
        {
            return []; // administrators take no part in sessions
        }

        var sessions = await directory.AllAsync(cancellationToken);
        return actor.Role is ActorRole.HostStaff or ActorRole.SiteStaff
            ? sessions.Where(s => s.RanAt(actor.SiteId)).Select(s => s.SessionId)
            : sessions.Select(s => s.SessionId);
    }
}
