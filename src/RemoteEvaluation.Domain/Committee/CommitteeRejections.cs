namespace RemoteEvaluation.Domain.Committee;

/// <summary>Stable rejection codes of the committee roster and replacements (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class CommitteeRejections
{
    public const string TooSmall = "committee.too_small";
    public const string EvenSize = "committee.even_size";
    public const string TooFewExperts = "committee.too_few_experts";
    public const string AlreadySeated = "committee.already_seated";
    public const string NotSeated = "committee.not_seated";
    public const string DuplicateMember = "committee.duplicate_member";
    public const string UnknownSite = "committee.unknown_site";
    public const string NotAMember = "committee.not_a_member";
    public const string NotChair = "committee.not_chair";
    public const string ReplacementNotRequested = "committee.replacement_not_requested";
    public const string ReplacementKindMismatch = "committee.replacement_kind_mismatch";
    public const string ReplacementPending = "committee.replacement_pending";
}
