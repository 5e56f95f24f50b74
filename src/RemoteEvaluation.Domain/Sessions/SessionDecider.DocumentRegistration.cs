using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Documents;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// The session's documents (评标文件登记): host staff register the tender document and each bidder's parts until the
// close; the same registration twice records nothing, an id never changes its document.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> RegisterDocument(SessionState state, RegisterDocument c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Scheduled, SessionPhase.Opening, SessionPhase.Review, SessionPhase.Scoring, SessionPhase.Summary, SessionPhase.Report)) is { } rejected)
        {
            return rejected;
        }

        if (DocumentShape(state, c) is { } malformed)
        {
            return malformed;
        }

        if (state.Document(c.DocumentId) is { } existing)
        {
            return existing.SameAs(c)
                ? Accept()
                : Decision<SessionEvent>.Reject(DocumentRejections.IdTaken, $"Document {c.DocumentId} is already registered with other content; register a changed document under a new id.");
        }

        return Accept(new DocumentRegistered(c.DocumentId, c.BidderId, c.Part, c.Title, c.Sha256.ToLowerInvariant(), c.Pages, c.Bytes, c.By.PersonId, now));
    }

    private static Rejection? DocumentShape(SessionState state, RegisterDocument c)
    {
        // Ids travel in URLs (GET /api/sessions/{id}/documents/{documentId}): a safe alphabet, no escaping.
        if (string.IsNullOrEmpty(c.DocumentId) || c.DocumentId.Length > DocumentLimits.MaxIdLength
            || !c.DocumentId.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
        {
            return new Rejection(DocumentRejections.InvalidId, $"A document id is 1 to {DocumentLimits.MaxIdLength} ASCII letters, digits, '-', '_' or '.'.");
        }

        if (!Enum.IsDefined(c.Part))
        {
            return new Rejection(DocumentRejections.InvalidPart, "A document is the tender document or a bid's qualification, technical or commercial part.");
        }

        if ((c.Part == DocumentPart.Tender) != (c.BidderId is null))
        {
            return new Rejection(DocumentRejections.PartMismatch, c.Part == DocumentPart.Tender
                ? "The tender document (招标文件) belongs to no bidder."
                : $"The {c.Part} part of a bid names its bidder.");
        }

        if (c.BidderId is not null && state.Bid(c.BidderId) is null)
        {
            return new Rejection(DocumentRejections.UnknownBidder, $"No bid of {c.BidderId} is registered in this session.");
        }

        if (string.IsNullOrWhiteSpace(c.Title) || c.Title.Length > DocumentLimits.MaxTitleLength || c.Title.Any(char.IsControl))
        {
            return new Rejection(DocumentRejections.InvalidTitle, $"A title is 1 to {DocumentLimits.MaxTitleLength} printable characters.");
        }

        if (!Sha256Text.IsValid(c.Sha256))
        {
            return new Rejection(DocumentRejections.InvalidHash, "The SHA-256 of the document is 64 hexadecimal characters.");
        }

        if (c.Pages is < 1 or > DocumentLimits.MaxPage)
        {
            return new Rejection(DocumentRejections.InvalidPageCount, $"A document has 1 to {DocumentLimits.MaxPage} pages; {c.Pages} is not a page count.");
        }

        if (c.Bytes < 1)
        {
            return new Rejection(DocumentRejections.InvalidSize, "A document has at least one byte.");
        }

        if (c.Bytes > DocumentLimits.MaxBytes)
        {
            return new Rejection(DocumentRejections.TooLarge, $"A document is at most {DocumentLimits.MaxBytes / (1024 * 1024)} MiB; this one is {c.Bytes} bytes.");
        }

        return RevealsBidder(state, c)
            ? new Rejection(DocumentRejections.IdRevealsBidder, "In a blind evaluation (暗标) a technical document's id must not name its bidder: use an opaque id.")
            : null;
    }

    // The title is replaced for members in a blind evaluation (DocumentAccess); the id is not, so it must say nothing.
    private static bool RevealsBidder(SessionState state, RegisterDocument c) =>
        state.IsBlind && c.Part == DocumentPart.Technical && state.Bid(c.BidderId!) is { } bid
        && (c.DocumentId.Contains(bid.BidderId, StringComparison.OrdinalIgnoreCase)
            || c.DocumentId.Contains(bid.BidderName, StringComparison.OrdinalIgnoreCase));
}
