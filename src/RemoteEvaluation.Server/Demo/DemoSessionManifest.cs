using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.Server.Demo;

/// <summary>
/// <c>samples/demo-province/documents.json</c>, written by <c>samples/demo-documents/generate.py</c>: the demo session
/// (演示评标会), its bids and its documents, each a PDF beside the manifest.
/// </summary>
public sealed record DemoSessionManifest(
    string SessionId,
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    IReadOnlyList<string> RemoteSiteIds,
    decimal EstimatedValue,
    IReadOnlyList<Bid> Bids,
    IReadOnlyList<DemoDocument> Documents,
    FeeSchedule? Fees = null);

/// <summary>One demo document: what to register and the file (relative to the manifest) that holds its bytes.</summary>
public sealed record DemoDocument(string DocumentId, string? BidderId, DocumentPart Part, string Title, string File, int Pages, string Sha256);
