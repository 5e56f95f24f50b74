using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Ranking;

public class LowestPriceSessionTests
{
    [Fact]
    public void bids_are_ranked_by_bid_price_plus_the_committees_adjustments()
    {
        // Every member adjusts A by 8 000, B by nothing and C by 9 000.
        // Evaluated: A 1 000 000 + 8 000 = 1 008 000; B 1 100 000; C 900 000 + 9 000 = 909 000.
        var adjustment = new Dictionary<string, decimal> { ["A"] = 8_000, ["B"] = 0, ["C"] = 9_000 };
        var spec = Specs.Scoring(criteria: TestCriteria.LowestPrice);
        foreach (var m in Specs.Committee)
        {
            foreach (var bid in new[] { "A", "B", "C" })
            {
                var actor = Specs.MemberActor(m.PersonId);
                spec.Given(
                    new SubmitScoreSheet(actor, m.PersonId, bid, PartKind.Commercial, [new ItemScore("a1", adjustment[bid])]),
                    new SignScoreSheet(actor, m.PersonId, bid, PartKind.Commercial));
            }
        }

        spec.Given(new StartSummary(Host), new AcceptSummary(Specs.Chair));

        Assert.Equal([("A", (decimal?)1_008_000m), ("B", 1_100_000m), ("C", 909_000m)], spec.State.Summary!.Bids.Select(b => (b.BidderId, b.EvaluatedPrice)));
        Assert.Equal(["C", "A", "B"], spec.State.Ranking!.Order);
    }
}
