using RemoteEvaluation.Domain.Documents;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>Registrations of documents for the standard test session (the bytes are not needed by the domain).</summary>
public static class SampleDocuments
{
    /// <summary>A document of the tender (招标文件 or a page the host presents), owned by no bidder.</summary>
    public static RegisterDocument Tender(string documentId, string title = "招标文件") =>
        new(Host, documentId, null, DocumentPart.Tender, title, SampleCommands.Hash, 12, 40_960);

    /// <summary>One part of a bidder's bid (投标文件).</summary>
    public static RegisterDocument Bid(string documentId, string bidderId, DocumentPart part, string? title = null, string sha256 = SampleCommands.Hash) =>
        new(Host, documentId, bidderId, part, title ?? $"{bidderId} {part}", sha256, 30, 250_000);

    /// <summary>Registers the documents the presenter tests show: bid-list, criteria and discipline-notice.</summary>
    public static SessionSpec Presentable(this SessionSpec spec) =>
        spec.Given(Tender("bid-list", "开标一览表"), Tender("criteria", "评标办法"), Tender("discipline-notice", "评标纪律"));
}
