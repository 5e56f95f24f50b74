namespace RemoteEvaluation.Domain.Ranking;

/// <summary>A recommended candidate (中标候选人); <see cref="Rank"/> is null when evaluation and award are separated (评定分离).</summary>
public sealed record RankedCandidate(string BidderId, int? Rank, decimal Total, decimal? EvaluatedPrice);
