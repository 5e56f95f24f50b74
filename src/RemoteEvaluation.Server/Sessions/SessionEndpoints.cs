using System.Security.Claims;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Audit;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Coordination;
using RemoteEvaluation.Server.Province;

namespace RemoteEvaluation.Server.Sessions;

/// <summary>
/// <c>GET /api/sessions?skip=&amp;take=&amp;from=&amp;to=&amp;order=</c>: the sessions the caller may follow, by the same
/// <see cref="IAccessRules"/> as the hub — host and site staff the sessions their centre hosts or is linked to,
/// coordinators, supervisors and auditors every session, an expert the one session of their token, administrators
/// none. In start order (oldest or newest first), one page at a time (<see cref="SessionListQuery"/>).
/// </summary>
public static class SessionEndpoints
{
    public static WebApplication MapSessions(this WebApplication app)
    {
        app.MapGet("/api/sessions", ListAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, SessionDirectory directory, IGrainFactory grains, IAccessRules access, string? skip, string? take, string? from, string? to, string? order, CancellationToken cancellationToken)
    {
        var (query, field, why) = SessionListQuery.Parse(skip, take, from, to, order);
        if (query is null)
        {
            return CoordinationResults.Invalid(field!, why!);
        }

        var mine = new List<MySession>();
        foreach (var sessionId in await PageAsync(user, access, directory, query, cancellationToken))
        {
            var snapshot = await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync();
            if (snapshot.State.Phase != SessionPhase.None && access.MayRead(user, sessionId, snapshot.State) is null && query.Covers(snapshot.State.StartsAt!.Value))
            {
                var view = ProvinceView.Of(snapshot);
                var actingAs = RoleNames.Of(access.ActorOf(user, snapshot.State)!.Role);
                mine.Add(new MySession(view.SessionId, view.ProjectCode, view.ProjectName, view.HostSiteId, view.StartsAt, view.Phase, view.Suspended, view.Sites, view.Version, actingAs));
            }
        }

        return Results.Ok(query.Sort(mine, s => s.StartsAt, s => s.SessionId).ToList());
    }

    /// <summary>
    /// The sessions of the page, the only ones whose grains are asked. An expert token names its session; everyone else's
    /// are chosen, ordered and paged from the audit search's projection (caught up with the log, reading only streams that
    /// moved), so no other session's grain is activated: staff the sessions run at their centre, observers every session.
    /// </summary>
    private static async Task<IEnumerable<string>> PageAsync(ClaimsPrincipal user, IAccessRules access, SessionDirectory directory, SessionListQuery query, CancellationToken cancellationToken)
    {
        if (user.IsExpert())
        {
            return user.FindFirstValue(ReClaims.Session) is { } own && query.Skip == 0 ? [own] : [];
        }

        if (access.ActorOf(user) is not { } actor)
        {
            return []; // administrators take no part in sessions
        }

        var centre = actor.Role is ActorRole.HostStaff or ActorRole.SiteStaff ? actor.SiteId : null;
        var followed = (await directory.AllAsync(cancellationToken))
            .Where(s => s.StartsAt is { } startsAt && query.Covers(startsAt) && (centre is null || s.RanAt(centre)));
        return query.Sort(followed, s => s.StartsAt, s => s.SessionId)
            .Skip(query.Skip).Take(query.Take)
            .Select(s => s.SessionId);
    }
}
