namespace RemoteEvaluation.Domain.Scoring;

/// <summary>Stable rejection codes of score sheets (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class ScoringRejections
{
    public const string NotOwnSheet = "score.not_own_sheet";
    public const string UnknownBid = "score.unknown_bid";
    public const string BidRejected = "score.bid_rejected";
    public const string IdentitiesNotRevealed = "score.identities_not_revealed";
    public const string PartNotScored = "score.part_not_scored";
    public const string ItemMissing = "score.item_missing";
    public const string UnknownItem = "score.unknown_item";
    public const string DuplicateItem = "score.duplicate_item";
    public const string OutOfRange = "score.out_of_range";
    public const string OffStep = "score.off_step";
    public const string ReasonRequired = "score.reason_required";
    public const string SheetSigned = "score.sheet_signed";
    public const string SheetNotSubmitted = "score.sheet_not_submitted";
    public const string CreditInputInvalid = "score.credit_input_invalid";
}
