using RemoteEvaluation.Domain.Documents;

namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// One document as the caller may see it (文件清单): in a blind evaluation a member gets their own code as
/// <see cref="BidderId"/> and a neutral title. <see cref="Url"/> downloads the PDF; its ETag is the SHA-256.
/// </summary>
public sealed record DocumentListing(string DocumentId, string? BidderId, DocumentPart Part, string Title, string Sha256, int Pages, long Bytes, DateTimeOffset RegisteredAt, string Url)
{
    public static DocumentListing Of(string sessionId, RegisteredDocument d) =>
        new(d.DocumentId, d.BidderId, d.Part, d.Title, d.Sha256, d.Pages, d.Bytes, d.RegisteredAt, $"/api/sessions/{Uri.EscapeDataString(sessionId)}/documents/{d.DocumentId}");
}
