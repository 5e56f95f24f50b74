namespace RemoteEvaluation.Domain.Summary;

/// <summary>A member's written reason for a flagged score (偏离说明).</summary>
public sealed record DeviationExplanation(string ExpertId, string BidderId, string ItemId, string Reason);
