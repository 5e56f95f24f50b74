using System.Collections.Immutable;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>
/// One bid's line in the summary table (汇总表): each item's committee score and the part totals.
/// For the evaluated lowest price method <see cref="Total"/> is the sum of adjustments and
/// <see cref="EvaluatedPrice"/> (评标价) is the bid price plus that sum.
/// </summary>
public sealed record BidSummary(
    string BidderId,
    decimal BidPrice,
    ImmutableList<AggregatedScore> Items,
    decimal Technical,
    decimal Commercial,
    decimal Price,
    decimal Total,
    decimal? EvaluatedPrice);
