namespace RemoteEvaluation.Domain.Scoring;

/// <summary>A member's score on one item (评分), with a written reason where the rules ask for one.</summary>
public sealed record ItemScore(string ItemId, decimal Score, string? Reason = null);
