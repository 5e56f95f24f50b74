using System.Security.Claims;
using System.Text.RegularExpressions;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>
/// The expert draw (专家抽取) under <c>/api/draws</c>: host staff or a coordinator request it (the server makes and
/// seals the secret and records its commitment), the supervisor present enters the value that seeds it, everyone
/// with a part follows its progress, and the invited expert answers by the token from the notice.
/// </summary>
public static partial class DrawEndpoints
{
    public static RouteGroupBuilder MapDraws(this RouteGroupBuilder api)
    {
        var draws = api.MapGroup("/draws");
        draws.MapPost("/", RequestAsync).RequireAuthorization(Policies.DrawRequesters);
        draws.MapPost("/{drawId}/perform", PerformAsync).RequireAuthorization(Policies.Supervisor);
        draws.MapGet("/{drawId}", ReadAsync).RequireAuthorization(Policies.Staff);
        draws.MapGet("/{drawId}/record", RecordAsync).RequireAuthorization(Policies.PoolReaders);

        // The token in the notice is the expert's only credential here; the sign-in limit slows guessing.
        draws.MapPost("/{drawId}/invitations/confirm", ConfirmAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        draws.MapPost("/{drawId}/invitations/decline", DeclineAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        return api;
    }

    private static async Task<IResult> RequestAsync(RequestDrawBody body, ClaimsPrincipal user, IGrainFactory grains, DrawSecretVault vault, DrawRevealer revealer)
    {
        if (body.DrawId is not { } drawId || !DrawIdPattern().IsMatch(drawId))
        {
            return CoordinationResults.Invalid("drawId", "a draw id of letters, digits and . _ : - (at most 120).");
        }

        if (body.Request is not { } request)
        {
            return CoordinationResults.Invalid("request", "the draw request is missing.");
        }

        if (user.IsInRole(RoleNames.HostStaff) && user.SiteOf() != request.HostSiteId)
        {
            return CoordinationResults.Forbidden(CoordinationRejections.OtherCentre, "Host staff request draws for sessions their own centre hosts.");
        }

        var draw = grains.GetGrain<IDrawGrain>(drawId);
        var secret = await vault.SecretForAsync(drawId);
        var result = await draw.RequestAsync(request, DrawSecret.CommitmentOf(secret), CoordinationResults.Context(user) with { CommandId = $"request:{drawId}" });
        if (result.Rejection is { } rejected)
        {
            return CoordinationResults.Problem(rejected);
        }

        revealer.Watch(drawId, request.SessionId);
        var snapshot = await draw.GetSnapshotAsync();
        return Results.Created($"/api/draws/{drawId}", DrawView.Of(drawId, snapshot.State, snapshot.ShortSlots, seal: user.IsInRole(RoleNames.HostStaff)));
    }

    private static async Task<IResult> PerformAsync(string drawId, PerformDrawBody body, ClaimsPrincipal user, IGrainFactory grains, DrawSecretVault vault)
    {
        if (await vault.OpenAsync(drawId) is not { } secret)
        {
            return CoordinationResults.Problem(new Rejection(DrawRejections.NotRequested, $"There is no draw {drawId}."));
        }

        var draw = grains.GetGrain<IDrawGrain>(drawId);
        var result = await draw.PerformAsync(secret, body.SupervisorValue ?? string.Empty, CoordinationResults.Context(user));
        if (result.Rejection is { } rejected)
        {
            return CoordinationResults.Problem(rejected);
        }

        var snapshot = await draw.GetSnapshotAsync();
        return Results.Ok(DrawView.Of(drawId, snapshot.State, snapshot.ShortSlots, seal: false));
    }

    private static async Task<IResult> ReadAsync(string drawId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var snapshot = await grains.GetGrain<IDrawGrain>(drawId).GetSnapshotAsync();
        if (snapshot.State.Request is not { } request)
        {
            return CoordinationResults.Problem(new Rejection(DrawRejections.NotRequested, $"There is no draw {drawId}."));
        }

        if (user.IsInRole(RoleNames.Coordinator) || user.IsInRole(RoleNames.Supervisor) || user.IsInRole(RoleNames.Auditor))
        {
            return Results.Ok(DrawView.Of(drawId, snapshot.State, snapshot.ShortSlots, seal: false));
        }

        if (user.IsInRole(RoleNames.HostStaff) && user.SiteOf() == request.HostSiteId)
        {
            // The host runs the session but must not know its experts until they check in (四不知); after the reveal the session is over.
            return Results.Ok(DrawView.Of(drawId, snapshot.State, snapshot.ShortSlots, seal: snapshot.State.RevealedSecret is null));
        }

        return CoordinationResults.Forbidden(CoordinationRejections.DrawSealed, "Only the host centre's staff, coordinators, supervisors and auditors follow a draw.");
    }

    private static async Task<IResult> RecordAsync(string drawId, IGrainFactory grains)
    {
        var draw = grains.GetGrain<IDrawGrain>(drawId);
        if ((await draw.GetSnapshotAsync()).State.Request is null)
        {
            return CoordinationResults.Problem(new Rejection(DrawRejections.NotRequested, $"There is no draw {drawId}."));
        }

        return Results.Text(DrawRecordJson.Serialize(await draw.ExportAsync()), "application/json; charset=utf-8");
    }

    private static async Task<IResult> ConfirmAsync(string drawId, InvitationAnswer body, IGrainFactory grains) =>
        CoordinationResults.Answer(await grains.GetGrain<IDrawGrain>(drawId).ConfirmAsync(body.Token ?? string.Empty, Anonymous()));

    private static async Task<IResult> DeclineAsync(string drawId, InvitationAnswer body, IGrainFactory grains) =>
        CoordinationResults.Answer(await grains.GetGrain<IDrawGrain>(drawId).DeclineAsync(body.Token ?? string.Empty, body.Reason ?? string.Empty, Anonymous()));

    // The expert answering is known by the token alone; the grain records which invitation it opened.
    private static CommandContext Anonymous() => new($"http-{Guid.NewGuid():N}", "invitee", "expert");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$", RegexOptions.CultureInvariant)]
    private static partial Regex DrawIdPattern();
}
