using System.Collections.Immutable;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>
/// Builds the summary table (汇总计算) from the signed sheets and the objective scores.
/// Each item is aggregated and rounded; part totals and the total are sums of the rounded items,
/// so the table always adds up as printed.
/// </summary>
public static class SummaryCalculator
{
    public static SummaryTable Compute(
        int revision,
        CriteriaTemplate criteria,
        EvaluationSettings settings,
        IReadOnlyList<Bid> validBids,
        IReadOnlyCollection<ScoreSheet> sheets,
        IReadOnlyCollection<ObjectiveScore> objective)
    {
        var valid = validBids.Select(b => b.BidderId).ToHashSet();
        var subjective = sheets
            .Where(s => valid.Contains(s.BidderId))
            .SelectMany(s => s.Scores.Select(i => new ExpertScore(s.ExpertId, s.BidderId, i.ItemId, i.Score)))
            .ToList();
        var aggregation = Aggregation.Aggregate(subjective, settings.Aggregation, settings.WidestSpreadMinimumMembers, settings.RoundingDecimals);

        var bids = validBids
            .OrderBy(b => b.BidderId, StringComparer.Ordinal)
            .Select(b => Line(criteria, b, aggregation.Scores.Where(a => a.BidderId == b.BidderId).ToList(), objective.Where(o => o.BidderId == b.BidderId).ToList()))
            .ToImmutableList();

        var expertTotals = subjective
            .GroupBy(s => (s.ExpertId, s.BidderId))
            .Select(g => new ExpertTotal(g.Key.ExpertId, g.Key.BidderId, g.Sum(s => s.Score)))
            .OrderBy(t => t.BidderId, StringComparer.Ordinal)
            .ThenBy(t => t.ExpertId, StringComparer.Ordinal)
            .ToImmutableList();

        var flags = Deviations.Find(subjective, settings.DeviationFraction, settings.RoundingDecimals);
        return new SummaryTable(revision, bids, expertTotals, aggregation.LeftOutExperts, flags);
    }

    private static BidSummary Line(CriteriaTemplate criteria, Bid bid, IReadOnlyList<AggregatedScore> aggregated, IReadOnlyList<ObjectiveScore> objective)
    {
        var items = criteria.Items
            .Select(i => i.IsObjective
                ? new AggregatedScore(bid.BidderId, i.Id, objective.FirstOrDefault(o => o.ItemId == i.Id)?.Score ?? 0m)
                : aggregated.FirstOrDefault(a => a.ItemId == i.Id) ?? new AggregatedScore(bid.BidderId, i.Id, 0m))
            .ToImmutableList();

        decimal PartTotal(PartKind kind) => items.Where(i => criteria.PartOf(i.ItemId) == kind).Sum(i => i.Score);

        var total = items.Sum(i => i.Score);
        var evaluatedPrice = criteria.Method == EvaluationMethod.EvaluatedLowestPrice ? bid.Price + total : (decimal?)null;
        return new BidSummary(bid.BidderId, bid.Price, items, PartTotal(PartKind.Technical), PartTotal(PartKind.Commercial), PartTotal(PartKind.Price), total, evaluatedPrice);
    }
}
