namespace RemoteEvaluation.Domain.Documents;

/// <summary>A document the session knows (已登记文件): what it is, whose it is, and the hash of its bytes.</summary>
public sealed record RegisteredDocument(
    string DocumentId,
    string? BidderId,
    DocumentPart Part,
    string Title,
    string Sha256,
    int Pages,
    long Bytes,
    DateTimeOffset RegisteredAt)
{
    public static RegisteredDocument From(DocumentRegistered e) =>
        new(e.DocumentId, e.BidderId, e.Part, e.Title, e.Sha256, e.Pages, e.Bytes, e.At);

    /// <summary>True when a second registration under the same id describes the same document.</summary>
    public bool SameAs(RegisterDocument c) =>
        BidderId == c.BidderId && Part == c.Part && Title == c.Title && Pages == c.Pages && Bytes == c.Bytes
        && string.Equals(Sha256, c.Sha256, StringComparison.OrdinalIgnoreCase);
}
