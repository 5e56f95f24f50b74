using System.Security.Claims;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Evidence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Evidence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Grains.Sites;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Evidence;

/// <summary>
/// Evidence packages (证据包): <c>GET /api/sessions/{id}/evidence</c> exports a closed or archived session signed by
/// its host centre's key; <c>GET /api/sites/{id}/evidence-key</c> publishes a centre's public key for verifiers to pin.
/// </summary>
public static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{sessionId}/evidence", ExportAsync).RequireAuthorization(Policies.EvidenceReaders);

        // A public key is public: a verifier outside the service (a court, an auditor's laptop) pins it from here.
        api.MapGet("/sites/{siteId}/evidence-key", KeyAsync).AllowAnonymous();
        return api;
    }

    private static async Task<IResult> ExportAsync(
        string sessionId,
        ClaimsPrincipal user,
        IGrainFactory grains,
        IAccessRules access,
        SessionEvidence evidence,
        CentreKeyVault keys,
        TimeProvider time,
        ILogger<SessionEvidence> logger,
        CancellationToken cancellationToken)
    {
        var state = (await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync()).State;
        if (state.Phase == SessionPhase.None)
        {
            return Problem(SessionRejections.NotScheduled, $"There is no session {sessionId}.", StatusCodes.Status404NotFound);
        }

        var actor = access.ActorOf(user, state);
        var reads = actor?.Role is ActorRole.Auditor or ActorRole.Supervisor or ActorRole.Coordinator
            || (actor?.Role == ActorRole.HostStaff && actor.SiteId == state.HostSiteId);
        if (!reads)
        {
            return Problem(AccessRejections.WrongRole, "Evidence packages are exported by auditors, supervisors, coordinators and the host centre's staff.", StatusCodes.Status403Forbidden);
        }

        if (EvidenceExport.MayExport(state) is { } rejected)
        {
            return Problem(rejected.Code, rejected.Message, StatusCodes.Status409Conflict);
        }

        // Written to a temporary file first: the zip writer is synchronous and the manifest comes after the events.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            var source = await evidence.SourceAsync(sessionId, cancellationToken);
            using (var key = await keys.KeyOfAsync(state.HostSiteId!, cancellationToken))
            {
                await EvidenceWriter.WriteAsync(file, source, key, state.HostSiteId!, time.GetUtcNow(), cancellationToken);
            }

            EvidenceLog.Exported(logger, sessionId, user.Identity?.Name, file.Length, source.Draws.Count, state.HostSiteId!);
            file.Position = 0;
            return Results.File(file, "application/zip", $"evidence-{sessionId}.zip");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async Task<IResult> KeyAsync(string siteId, IGrainFactory grains, CentreKeyVault keys, CancellationToken cancellationToken)
    {
        if (!(await grains.GetGrain<ISiteGrain>(siteId).GetSnapshotAsync()).State.IsRegistered)
        {
            return Problem(Domain.Sites.SiteRejections.NotRegistered, $"There is no centre {siteId}.", StatusCodes.Status404NotFound);
        }

        using var key = await keys.KeyOfAsync(siteId, cancellationToken);
        return Results.Text(key.PublicKeyPem, "application/x-pem-file");
    }

    private static IResult Problem(string code, string message, int status) => Results.Problem(message, statusCode: status, title: code);
}
