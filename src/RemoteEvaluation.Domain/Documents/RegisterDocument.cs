using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Documents;

/// <summary>
/// Host staff register one document of the session (登记评标文件): its id, the bidder it belongs to (none for the
/// tender document), its part, a title, and the SHA-256, page count and size of the PDF whose bytes the server
/// has already stored. The domain checks shapes and rules; it never sees the bytes.
/// </summary>
public sealed record RegisterDocument(
    Actor By,
    string DocumentId,
    string? BidderId,
    DocumentPart Part,
    string Title,
    string Sha256,
    int Pages,
    long Bytes) : SessionCommand(By);
