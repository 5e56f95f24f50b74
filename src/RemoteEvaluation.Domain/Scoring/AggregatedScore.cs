namespace RemoteEvaluation.Domain.Scoring;

/// <summary>The committee's score on one item of one bid after aggregation and rounding (汇总得分).</summary>
public sealed record AggregatedScore(string BidderId, string ItemId, decimal Score);
