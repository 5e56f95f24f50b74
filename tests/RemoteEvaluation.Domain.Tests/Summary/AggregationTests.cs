using FsCheck;
using FsCheck.Fluent;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Tests.Summary;

public class AggregationTests
{
    private static ExpertScore S(string expert, string bidder, decimal score, string item = "t1") => new(expert, bidder, item, score);

    private static decimal Only(Aggregation.Result r) => Assert.Single(r.Scores).Score;

    [Fact]
    public void the_mean_rule_averages_every_score_and_rounds_half_away_from_zero()
    {
        // (7 + 8 + 8.5) / 3 = 7.8333… → 7.83; (2 + 3) / 2 = 2.5 → 3 (banker's rounding would give 2);
        // (8.25 + 8.5) / 2 = 8.375 → 8.38 with two decimals.
        Assert.Equal(7.83m, Only(Aggregation.Aggregate([S("e1", "A", 7), S("e2", "A", 8), S("e3", "A", 8.5m)], AggregationRule.Mean, 9, 2)));
        Assert.Equal(3m, Only(Aggregation.Aggregate([S("e1", "A", 2), S("e2", "A", 3)], AggregationRule.Mean, 9, 0)));
        Assert.Equal(8.38m, Only(Aggregation.Aggregate([S("e1", "A", 8.25m), S("e2", "A", 8.5m)], AggregationRule.Mean, 9, 2)));
    }

    [Fact]
    public void dropping_the_highest_and_lowest_removes_one_of_each()
    {
        // 2, 7, 7, 8, 10 → 7, 7, 8 → 7.33
        var scores = new[] { 2m, 7, 7, 8, 10 }.Select((s, i) => S($"e{i}", "A", s)).ToList();
        Assert.Equal(7.33m, Only(Aggregation.Aggregate(scores, AggregationRule.DropHighestAndLowest, 9, 2)));
    }

    [Fact]
    public void with_fewer_than_three_scores_nothing_is_dropped() =>
        Assert.Equal(5m, Only(Aggregation.Aggregate([S("e1", "A", 2), S("e2", "A", 8)], AggregationRule.DropHighestAndLowest, 9, 2)));

    [Fact]
    public void with_nine_members_the_expert_whose_totals_spread_widest_is_left_out_first()
    {
        // Eight experts give A 8 and B 6 (spread 2); e9 gives A 10 and B 1 (spread 9) and is left out.
        var scores = Enumerable.Range(1, 8).SelectMany(i => new[] { S($"e{i}", "A", 8), S($"e{i}", "B", 6) }).Concat([S("e9", "A", 10), S("e9", "B", 1)]).ToList();
        var result = Aggregation.Aggregate(scores, AggregationRule.DropWidestSpreadThenHighestAndLowest, 9, 2);

        Assert.Equal(["e9"], result.LeftOutExperts);
        Assert.Equal([8m, 6m], result.Scores.Select(s => s.Score));
    }

    [Fact]
    public void below_nine_members_nobody_is_left_out_for_spread()
    {
        var scores = Enumerable.Range(1, 6).SelectMany(i => new[] { S($"e{i}", "A", 8), S($"e{i}", "B", 6) }).Concat([S("e7", "A", 10), S("e7", "B", 1)]).ToList();
        Assert.Empty(Aggregation.Aggregate(scores, AggregationRule.DropWidestSpreadThenHighestAndLowest, 9, 2).LeftOutExperts);
    }

    [Fact]
    public void when_two_experts_share_the_widest_spread_nobody_is_left_out()
    {
        var scores = Enumerable.Range(1, 9).SelectMany(i => new[] { S($"e{i}", "A", i <= 2 ? 10 : 8), S($"e{i}", "B", i <= 2 ? 1 : 6) }).ToList();
        Assert.Empty(Aggregation.Aggregate(scores, AggregationRule.DropWidestSpreadThenHighestAndLowest, 9, 2).LeftOutExperts);
    }

    private static Arbitrary<(List<ExpertScore> Scores, AggregationRule Rule, int Decimals)> Inputs()
    {
        // Scores on a 0.5 step between 0 and 20, 1 to 11 experts, 1 to 3 bids, 1 to 2 items.
        var gen =
            from experts in Gen.Choose(1, 11)
            from bids in Gen.Choose(1, 3)
            from items in Gen.Choose(1, 2)
            from halves in Gen.ListOf(Gen.Choose(0, 40), experts * bids * items)
            from rule in Gen.Elements(AggregationRule.Mean, AggregationRule.DropHighestAndLowest, AggregationRule.DropWidestSpreadThenHighestAndLowest)
            from decimals in Gen.Choose(1, 3)
            select (
                (from e in Enumerable.Range(0, experts)
                 from b in Enumerable.Range(0, bids)
                 from i in Enumerable.Range(0, items)
                 select new ExpertScore($"e{e}", $"b{b}", $"i{i}", halves[(((e * bids) + b) * items) + i] / 2m)).ToList(),
                rule,
                decimals);
        return gen.ToArbitrary();
    }

    [Fact]
    public void aggregation_does_not_depend_on_the_order_of_the_experts() =>
        Prop.ForAll(Inputs(), ArbMap.Default.ArbFor<int>(), (input, shuffleSeed) =>
        {
            var shuffled = input.Scores.OrderBy(s => HashCode.Combine(s.ExpertId, s.BidderId, s.ItemId, shuffleSeed)).ToList();
            var a = Aggregation.Aggregate(input.Scores, input.Rule, 9, input.Decimals);
            var b = Aggregation.Aggregate(shuffled, input.Rule, 9, input.Decimals);
            return a.Scores.SequenceEqual(b.Scores) && a.LeftOutExperts.SequenceEqual(b.LeftOutExperts);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void an_aggregated_score_stays_between_the_lowest_and_highest_member_score() =>
        Prop.ForAll(Inputs(), input =>
            Aggregation.Aggregate(input.Scores, input.Rule, 9, input.Decimals).Scores.All(agg =>
            {
                var given = input.Scores.Where(s => s.BidderId == agg.BidderId && s.ItemId == agg.ItemId).Select(s => s.Score).ToList();
                return agg.Score >= given.Min() && agg.Score <= given.Max();
            })).QuickCheckThrowOnFailure();

    [Fact]
    public void an_aggregated_score_has_at_most_the_configured_decimals() =>
        Prop.ForAll(Inputs(), input =>
            Aggregation.Aggregate(input.Scores, input.Rule, 9, input.Decimals).Scores.All(agg =>
                agg.Score == Math.Round(agg.Score, input.Decimals) && agg.Score * Pow10(input.Decimals) % 1 == 0)).QuickCheckThrowOnFailure();

    private static decimal Pow10(int n) => n == 0 ? 1 : 10 * Pow10(n - 1);
}
