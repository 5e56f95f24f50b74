namespace RemoteEvaluation.Domain.Clarifications;

/// <summary>
/// A written clarification (澄清): the committee's question to one bidder and the bidder's answer,
/// with the SHA-256 of any attachment. The answer may not change the substance of the bid.
/// </summary>
public sealed record Clarification(
    string ClarificationId,
    string BidderId,
    string Question,
    DateTimeOffset RequestedAt,
    string? Answer = null,
    string? AttachmentSha256 = null,
    DateTimeOffset? AnsweredAt = null)
{
    public bool IsAnswered => Answer is not null;
}
