using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Visibility;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Blobs;

namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// The session's documents (评标文件) under <c>/api/sessions/{sessionId}/documents</c>: host staff upload a PDF (stored
/// by its SHA-256, then registered by the session rules); everyone who may read the session lists and downloads the
/// documents <see cref="DocumentAccess"/> lets them see, with the SHA-256 as an immutable ETag and byte ranges.
/// </summary>
public static class DocumentEndpoints
{
    /// <summary>A document never changes under its URL; only the signed-in caller's own cache may keep it.</summary>
    private const string Immutable = "private, max-age=31536000, immutable";

    public static WebApplication MapDocuments(this WebApplication app)
    {
        var documents = app.MapGroup("/api/sessions/{sessionId}/documents").RequireAuthorization();
        documents.MapPost("/", UploadAsync).RequireAuthorization(Policies.HostStaff);
        documents.MapGet("/", ListAsync);
        documents.MapGet("/{documentId}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(
        string sessionId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, IAccessRules access, IBlobStore blobs, EventStoreLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await StateAsync(grains, limits, sessionId) is not { } state)
        {
            return NoSession(sessionId);
        }

        var session = grains.GetGrain<ISessionGrain>(sessionId);
        if (access.MayCommand(user, sessionId, state, typeof(RegisterDocument)) is { } refused)
        {
            return DocumentResults.Problem(refused);
        }

        var (upload, unreadable) = await DocumentUpload.ReadAsync(request, cancellationToken);
        if (unreadable is var (code, message, status))
        {
            return DocumentResults.Problem(code, message, status);
        }

        if (!PdfFile.LooksLikePdf(upload!.Content))
        {
            return DocumentResults.Problem(DocumentUploadRejections.NotPdf, "The file is not a PDF: it must start with %PDF- and end with %%EOF.", StatusCodes.Status415UnsupportedMediaType);
        }

        if ((PdfFile.CountPages(upload.Content) ?? upload.Pages) is not { } pages)
        {
            return DocumentResults.Problem(DocumentUploadRejections.PagesUnknown, "The PDF keeps its pages compressed; give the page count in the 'pages' field.", StatusCodes.Status400BadRequest);
        }

        var actor = access.ActorOf(user, state)!;
        var command = new RegisterDocument(actor, upload.DocumentId, upload.BidderId, upload.Part, upload.Title, BlobHash.Of(upload.Content), pages, upload.Content.LongLength);

        // The rules first, so refused uploads leave no bytes behind; the grain decides again on the state it holds.
        if (SessionDecider.Decide(state, command, time.GetUtcNow()).Rejection is { } rejected)
        {
            return DocumentResults.Problem(rejected);
        }

        await blobs.PutAsync(upload.Content, cancellationToken);
        var context = new CommandContext($"register-document:{command.DocumentId}:{command.Sha256}", actor.PersonId, RoleNames.Of(actor.Role), actor.SiteId);
        var result = await session.ExecuteAsync(command, context);
        if (result.Rejection is { } late)
        {
            return DocumentResults.Problem(late);
        }

        var listing = DocumentListing.Of(sessionId, (await session.GetSnapshotAsync()).State.Document(command.DocumentId)!);
        return state.Document(command.DocumentId) is null ? Results.Created(listing.Url, listing) : Results.Ok(listing);
    }

    private static async Task<IResult> ListAsync(string sessionId, ClaimsPrincipal user, IGrainFactory grains, IAccessRules access, EventStoreLimits limits)
    {
        if (await StateAsync(grains, limits, sessionId) is not { } state)
        {
            return NoSession(sessionId);
        }

        if (access.MayRead(user, sessionId, state) is { } refused)
        {
            return DocumentResults.Problem(refused);
        }

        var actor = access.ActorOf(user, state)!;
        return Results.Ok(DocumentAccess.Visible(state, actor).Select(d => DocumentListing.Of(sessionId, d)).ToList());
    }

    private static async Task<IResult> DownloadAsync(
        string sessionId, string documentId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, IAccessRules access, IBlobStore blobs, EventStoreLimits limits, CancellationToken cancellationToken)
    {
        if (await StateAsync(grains, limits, sessionId) is not { } state)
        {
            return NoSession(sessionId);
        }

        if (access.MayRead(user, sessionId, state) is { } refused)
        {
            return DocumentResults.Problem(refused);
        }

        if (state.Document(documentId) is not { } document)
        {
            return DocumentResults.Problem(new Rejection(DocumentRejections.NotRegistered, $"No document {documentId} is registered for this session."));
        }

        if (DocumentAccess.As(state, document, access.ActorOf(user, state)!) is null)
        {
            return DocumentResults.Problem(DocumentUploadRejections.Hidden, "The rules of this session do not show you this document.", StatusCodes.Status403Forbidden);
        }

        if (await blobs.GetAsync(document.Sha256, cancellationToken) is not { } content)
        {
            // The blob is written before the registration, so this is a damaged database, not a caller's mistake.
            return Results.Problem($"The bytes of document {documentId} (sha256 {document.Sha256}) are missing from the store.", statusCode: StatusCodes.Status500InternalServerError);
        }

        http.Response.Headers.CacheControl = Immutable;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{document.DocumentId}.pdf\"";
        return Results.File(
            content, "application/pdf", enableRangeProcessing: true, lastModified: document.RegisteredAt, entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""));
    }

    /// <summary>The session as it stands, or null when the id cannot name one or nothing was scheduled under it.</summary>
    private static async Task<SessionState?> StateAsync(IGrainFactory grains, EventStoreLimits limits, string sessionId)
    {
        if (!StreamIds.IsValid(HubGroups.Stream(sessionId), limits.MaxStreamIdLength))
        {
            return null;
        }

        var state = (await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync()).State;
        return state.Phase == SessionPhase.None ? null : state;
    }

    private static IResult NoSession(string sessionId) =>
        DocumentResults.Problem(new Rejection(SessionRejections.NotScheduled, $"There is no session {sessionId}."));
}
