using System.Globalization;
using System.Security.Claims;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Coordination;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Storage.Limits;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// The audit API (审计接口) under <c>/api/audit/sessions</c>, for auditors, supervisors and coordinators: search every
/// session, its timeline, the session at any version, and the integrity of its hash chain. Read-only: it never sends a
/// command, and there is no route that deletes or edits anything.
/// </summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/audit/sessions").RequireAuthorization(Policies.AuditReaders);
        sessions.MapGet("/", SearchAsync);
        sessions.MapGet("/{sessionId}/timeline", TimelineAsync);
        sessions.MapGet("/{sessionId}/replay", ReplayAsync);
        sessions.MapGet("/{sessionId}/integrity", IntegrityAsync);
        return api;
    }

    private static async Task<IResult> SearchAsync(
        SessionDirectory directory, string? from, string? to, string? site, string? project, string? expert, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (search, field, why) = AuditSearch.Parse(from, to, site, project, expert, page, pageSize);
        if (search is null)
        {
            return CoordinationResults.Invalid(field!, why!);
        }

        var matching = (await directory.AllAsync(cancellationToken)).Where(search.Matches)
            .OrderByDescending(s => s.StartsAt).ThenBy(s => s.SessionId, StringComparer.Ordinal).ToList();
        var items = matching.Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToList();
        return Results.Ok(new AuditSessionPage(matching.Count, search.Page, search.PageSize, items));
    }

    private static async Task<IResult> TimelineAsync(string sessionId, SessionReplay replay, EventStoreLimits limits, CancellationToken cancellationToken)
    {
        if (InvalidId(sessionId, limits) is { } invalid)
        {
            return invalid;
        }

        return await replay.TimelineAsync(sessionId, cancellationToken) is { } timeline ? Results.Ok(timeline) : Unknown(sessionId);
    }

    private static async Task<IResult> ReplayAsync(
        string sessionId, string? version, ClaimsPrincipal user, IAccessRules access, SessionReplay replay, IEventStore store, EventStoreLimits limits, CancellationToken cancellationToken)
    {
        if (InvalidId(sessionId, limits) is { } invalid)
        {
            return invalid;
        }

        if (!long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var at) || at < 1)
        {
            return CoordinationResults.Invalid("version", "a recorded version, 1 or more.");
        }

        var head = await store.GetHeadAsync(HubGroups.Stream(sessionId), cancellationToken);
        if (head is null)
        {
            return Unknown(sessionId);
        }

        // The policy admits observers only; EventVisibility still decides what their role sees.
        var viewer = access.ActorOf(user)!;
        return await replay.AtAsync(sessionId, at, viewer, cancellationToken) is { } view
            ? Results.Ok(view)
            : CoordinationResults.Invalid("version", $"session {sessionId} has versions 1 to {head.Version}.");
    }

    private static async Task<IResult> IntegrityAsync(string sessionId, IEventStore store, EventStoreLimits limits, CancellationToken cancellationToken)
    {
        if (InvalidId(sessionId, limits) is { } invalid)
        {
            return invalid;
        }

        var verification = await store.VerifyAsync(HubGroups.Stream(sessionId), cancellationToken);
        return verification is { IsIntact: true, Version: 0 } ? Unknown(sessionId) : Results.Ok(IntegrityReport.Of(sessionId, verification));
    }

    private static IResult? InvalidId(string sessionId, EventStoreLimits limits) =>
        StreamIds.IsValid(HubGroups.Stream(sessionId), limits.MaxStreamIdLength)
            ? null
            : CoordinationResults.Invalid("sessionId", "a session id is letters, digits and . _ : -, starting with a letter or digit.");

    private static IResult Unknown(string sessionId) =>
        CoordinationResults.Problem(AuditRejections.UnknownSession, $"No session {sessionId} was ever recorded.", StatusCodes.Status404NotFound);
}
