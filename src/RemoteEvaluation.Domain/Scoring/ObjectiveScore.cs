namespace RemoteEvaluation.Domain.Scoring;

/// <summary>An objective item's score for one bid (客观分), computed once and the same for every member.</summary>
public sealed record ObjectiveScore(string BidderId, string ItemId, decimal Score);
