namespace RemoteEvaluation.Domain.Scoring;

/// <summary>One member's score on one item of one bid: the input of aggregation (汇总).</summary>
public sealed record ExpertScore(string ExpertId, string BidderId, string ItemId, decimal Score);
