namespace RemoteEvaluation.Domain.Opening;

/// <summary>Stable rejection codes of the opening: conflict declarations and chair election (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class OpeningRejections
{
    public const string AlreadyDeclared = "opening.already_declared";
    public const string ConflictDetailRequired = "opening.conflict_detail_required";
    public const string DeclarationsPending = "opening.declarations_pending";
    public const string RepresentativeCannotChair = "opening.representative_cannot_chair";
    public const string UnknownCandidate = "opening.unknown_candidate";
    public const string AlreadyVoted = "opening.already_voted";
    public const string ChairNotElected = "opening.chair_not_elected";
}
