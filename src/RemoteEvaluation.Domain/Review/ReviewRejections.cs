namespace RemoteEvaluation.Domain.Review;

/// <summary>Stable rejection codes of the qualification and compliance review (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class ReviewRejections
{
    public const string UnknownBid = "review.unknown_bid";
    public const string ItemsIncomplete = "review.items_incomplete";
    public const string UnknownItem = "review.unknown_item";
    public const string FailReasonRequired = "review.fail_reason_required";
    public const string VerdictsMissing = "review.verdicts_missing";
    public const string NotUnanimous = "review.not_unanimous";
    public const string AlreadyConcluded = "review.already_concluded";
    public const string NotConcluded = "review.not_concluded";
    public const string NoValidBids = "review.no_valid_bids";
}
