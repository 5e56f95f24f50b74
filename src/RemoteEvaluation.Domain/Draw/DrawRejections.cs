namespace RemoteEvaluation.Domain.Draw;

/// <summary>The stable rejection codes of the expert draw.</summary>
public static class DrawRejections
{
    public const string AlreadyRequested = "draw.already_requested";
    public const string NotRequested = "draw.not_requested";
    public const string InvalidRequest = "draw.invalid_request";
    public const string CommitteeRule = "draw.committee_rule";
    public const string CommitmentRequired = "draw.commitment_required";
    public const string SecretMismatch = "draw.secret_mismatch";
    public const string SupervisorValueRequired = "draw.supervisor_value_required";
    public const string NotShort = "draw.not_short";
    public const string NotDrawn = "draw.not_drawn";
    public const string NotNext = "draw.not_next";
    public const string UnknownToken = "draw.unknown_token";
    public const string InvitationClosed = "draw.invitation_closed";
    public const string InvitationExpired = "draw.invitation_expired";
    public const string NotConfirmed = "draw.not_confirmed";
    public const string AlreadyRevealed = "draw.already_revealed";
    public const string Revealed = "draw.revealed";
}
