using System.Collections.Immutable;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>The summary (汇总结果): per-bid results, each member's totals, experts left out by the aggregation rule, and deviation alerts.</summary>
public sealed record SummaryTable(
    int Revision,
    ImmutableList<BidSummary> Bids,
    ImmutableList<ExpertTotal> ExpertTotals,
    ImmutableList<string> LeftOutExperts,
    ImmutableList<DeviationFlag> Flags)
{
    /// <summary>
    /// The ties the tenderer must decide (须招标人确定的并列) as the <see cref="Ranking.Ranker"/> finds them when the table is
    /// computed, after any decision already recorded: exactly what <c>AcceptSummary</c> would refuse on
    /// (<c>summary.tie_unresolved</c>) until a <c>summary.tenderer_decision_recorded</c>. Clients read it instead of
    /// re-implementing the ranking. Empty in tables recorded before it existed.
    /// </summary>
    public ImmutableList<ImmutableList<string>> UnresolvedTies { get; init; } = [];
}
