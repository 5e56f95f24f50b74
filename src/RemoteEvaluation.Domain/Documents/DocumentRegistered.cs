using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Documents;

/// <summary>A document was registered for the session (评标文件已登记); its bytes are the blob named by <see cref="Sha256"/>.</summary>
[EventType("document.registered")]
public sealed record DocumentRegistered(
    string DocumentId,
    string? BidderId,
    DocumentPart Part,
    string Title,
    string Sha256,
    int Pages,
    long Bytes,
    string RegisteredBy,
    DateTimeOffset At) : SessionEvent;
