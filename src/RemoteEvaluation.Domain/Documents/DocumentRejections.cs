namespace RemoteEvaluation.Domain.Documents;

/// <summary>Stable rejection codes of the session's documents (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class DocumentRejections
{
    public const string InvalidId = "document.invalid_id";
    public const string PageOutOfRange = "document.page_out_of_range";
    public const string ZoomOutOfRange = "document.zoom_out_of_range";
    public const string ScrollOutOfRange = "document.scroll_out_of_range";

    /// <summary>ShowDocument names a document nobody registered.</summary>
    public const string NotRegistered = "document.not_registered";

    /// <summary>The document names a bidder whose bid is not registered.</summary>
    public const string UnknownBidder = "document.unknown_bidder";

    /// <summary>The tender document with a bidder, or a bid part without one.</summary>
    public const string PartMismatch = "document.part_mismatch";

    public const string InvalidPart = "document.invalid_part";

    /// <summary>The id is already registered for a different document (other bytes, bidder, part or title).</summary>
    public const string IdTaken = "document.id_taken";

    public const string InvalidHash = "document.invalid_hash";
    public const string InvalidTitle = "document.invalid_title";
    public const string InvalidPageCount = "document.invalid_page_count";
    public const string InvalidSize = "document.invalid_size";
    public const string TooLarge = "document.too_large";

    /// <summary>In a blind evaluation the id of a technical document contains the bidder's id or name.</summary>
    public const string IdRevealsBidder = "document.id_reveals_bidder";
}
