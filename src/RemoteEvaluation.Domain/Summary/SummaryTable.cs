using System.Collections.Immutable;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>The summary (汇总结果): per-bid results, each member's totals, experts left out by the aggregation rule, and deviation alerts.</summary>
public sealed record SummaryTable(
    int Revision,
    ImmutableList<BidSummary> Bids,
    ImmutableList<ExpertTotal> ExpertTotals,
    ImmutableList<string> LeftOutExperts,
    ImmutableList<DeviationFlag> Flags);
