using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using RemoteEvaluation.Domain.Ranking;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Domain.Tests.Ranking;

public class RankerTests
{
    private static BidSummary Line(string id, decimal total, decimal technical = 0, decimal price = 1_000_000m, decimal? evaluated = null) =>
        new(id, price, [], technical, 0, 0, total, evaluated);

    private static RankingResult Comprehensive(IReadOnlyCollection<BidSummary> bids, IReadOnlyList<string>? decided = null, int max = 3, bool separate = false) =>
        Ranker.Rank(EvaluationMethod.Comprehensive, bids, decided ?? [], max, separate);

    [Fact]
    public void comprehensive_ranks_by_higher_total() =>
        Assert.Equal(["B", "A", "C"], Comprehensive([Line("A", 80), Line("B", 90), Line("C", 70)]).Order);

    [Fact]
    public void an_equal_total_goes_to_the_higher_technical_score() =>
        Assert.Equal(["B", "A"], Comprehensive([Line("A", 80, 40), Line("B", 80, 45)]).Order);

    [Fact]
    public void an_equal_total_and_technical_score_goes_to_the_lower_bid_price() =>
        Assert.Equal(["B", "A"], Comprehensive([Line("A", 80, 40, 1_000_000m), Line("B", 80, 40, 990_000m)]).Order);

    [Fact]
    public void a_complete_tie_is_unresolved_until_the_tenderer_decides()
    {
        var bids = new[] { Line("A", 80, 40), Line("B", 80, 40) };
        Assert.Equal([["A", "B"]], Comprehensive(bids).UnresolvedTies.Select(t => t.ToArray()));

        var decided = Comprehensive(bids, ["B", "A"]);
        Assert.False(decided.HasUnresolvedTies);
        Assert.Equal(["B", "A"], decided.Order);
    }

    [Fact]
    public void evaluated_lowest_price_ranks_by_lower_evaluated_price_then_lower_bid_price()
    {
        var bids = new[]
        {
            Line("A", 5_000, price: 1_000_000m, evaluated: 1_005_000m),
            Line("B", 0, price: 1_010_000m, evaluated: 1_010_000m),
            Line("C", 15_000, price: 990_000m, evaluated: 1_005_000m),
        };
        Assert.Equal(["C", "A", "B"], Ranker.Rank(EvaluationMethod.EvaluatedLowestPrice, bids, [], 3, false).Order);
    }

    [Fact]
    public void at_most_the_configured_candidates_are_recommended_with_ranks()
    {
        var result = Comprehensive([Line("A", 80), Line("B", 90), Line("C", 70), Line("D", 60)]);
        Assert.Equal([("B", (int?)1), ("A", 2), ("C", 3)], result.Candidates.Select(c => (c.BidderId, c.Rank)));
    }

    [Fact]
    public void a_tie_below_the_candidates_needs_no_decision() =>
        Assert.False(Comprehensive([Line("A", 90), Line("B", 85), Line("C", 80), Line("D", 70), Line("E", 70)]).HasUnresolvedTies);

    [Fact]
    public void a_tie_across_the_cut_needs_a_decision_even_when_candidates_are_unranked() =>
        Assert.True(Comprehensive([Line("A", 90), Line("B", 85), Line("C", 70), Line("D", 70)], separate: true).HasUnresolvedTies);

    [Fact]
    public void the_ranking_does_not_depend_on_the_order_of_the_bids() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 6).Zip(Gen.Choose(0, 3)), 8).Select(xs => xs.Select((x, i) => Line($"b{i}", x.Item1 * 10, x.Item2 * 10, 1_000_000m + (x.Item2 * 1000))).ToList()).ToArbitrary(),
            ArbMap.Default.ArbFor<int>(),
            (bids, seed) =>
            {
                var shuffled = bids.OrderBy(b => HashCode.Combine(b.BidderId, seed)).ToList();
                var a = Comprehensive(bids, max: 3);
                var b = Comprehensive(shuffled, max: 3);
                return a.Order.SequenceEqual(b.Order)
                    && a.Candidates.SequenceEqual(b.Candidates)
                    && a.UnresolvedTies.Count == b.UnresolvedTies.Count
                    && a.UnresolvedTies.Zip(b.UnresolvedTies).All(p => p.First.SequenceEqual(p.Second));
            }).QuickCheckThrowOnFailure();
}
