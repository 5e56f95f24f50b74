using System.Collections.Immutable;
using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>
/// Aggregation (汇总计算) of members' scores per item as the settings say. The result depends only on the set
/// of scores, never on the order of the members: everything is grouped and sorted by id before it is used.
/// </summary>
public static class Aggregation
{
    /// <summary>The committee's scores (汇总得分) and the experts left out by the widest-spread rule.</summary>
    public sealed record Result(ImmutableList<AggregatedScore> Scores, ImmutableList<string> LeftOutExperts);

    public static Result Aggregate(IReadOnlyCollection<ExpertScore> scores, AggregationRule rule, int widestSpreadMinimumMembers, int decimals)
    {
        var leftOut = rule == AggregationRule.DropWidestSpreadThenHighestAndLowest
            ? WidestSpreadExpert(scores, widestSpreadMinimumMembers)
            : null;
        var used = scores.Where(s => s.ExpertId != leftOut).ToList();
        var dropExtremes = rule != AggregationRule.Mean;

        var aggregated = used
            .GroupBy(s => (s.BidderId, s.ItemId))
            .OrderBy(g => g.Key.BidderId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ItemId, StringComparer.Ordinal)
            .Select(g => new AggregatedScore(g.Key.BidderId, g.Key.ItemId, Round(Mean(g.Select(s => s.Score), dropExtremes), decimals)))
            .ToImmutableList();

        return new Result(aggregated, leftOut is null ? [] : [leftOut]);
    }

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static decimal Mean(IEnumerable<decimal> values, bool dropExtremes)
    {
        var sorted = values.Order().ToList();
        if (dropExtremes && sorted.Count >= 3)
        {
            sorted = sorted[1..^1];
        }

        return sorted.Sum() / sorted.Count;
    }

    /// <summary>
    /// The expert whose totals across bids spread widest (highest total minus lowest total), when the committee
    /// has at least <paramref name="minimumMembers"/> members; nobody when two or more share the widest spread,
    /// because picking one of them would depend on something other than the scores.
    /// </summary>
    public static string? WidestSpreadExpert(IReadOnlyCollection<ExpertScore> scores, int minimumMembers)
    {
        var spreads = scores
            .GroupBy(s => s.ExpertId)
            .Select(e => (ExpertId: e.Key, Spread: Spread(e.GroupBy(s => s.BidderId).Select(b => b.Sum(s => s.Score)).ToList())))
            .ToList();
        if (spreads.Count < minimumMembers)
        {
            return null;
        }

        var widest = spreads.Max(s => s.Spread);
        var atWidest = spreads.Where(s => s.Spread == widest).ToList();
        return atWidest.Count == 1 ? atWidest[0].ExpertId : null;
    }

    private static decimal Spread(List<decimal> totals) => totals.Count == 0 ? 0 : totals.Max() - totals.Min();
}
