using FsCheck;
using FsCheck.Fluent;
using RemoteEvaluation.Domain.Blind;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;

namespace RemoteEvaluation.Domain.Tests.Blind;

public class BlindTests
{
    private static readonly EvaluationSettings BlindSettings = EvaluationSettings.Default with { BlindTechnicalReview = true };

    private static string[] Ids(string prefix, int n) => [.. Enumerable.Range(1, n).Select(i => $"{prefix}{i}")];

    [Fact]
    public void each_expert_gets_a_code_for_every_valid_bid_and_no_two_share_an_order()
    {
        var assignments = Specs.Scoring(BlindSettings).Only<ScoringOpened>().BlindAssignments;

        Assert.Equal(5, assignments.Count);
        Assert.All(assignments, a => Assert.Equal(["A", "B", "C"], a.Codes.Select(c => c.BidderId).Order()));
        Assert.Equal(5, assignments.Select(a => string.Join(',', a.Codes.Select(c => c.BidderId))).Distinct().Count());
    }

    [Fact]
    public void the_assignment_is_a_function_of_the_seed()
    {
        string Draw(long seed) => string.Join(';', BlindDraw.Assign(Ids("e", 7), Ids("b", 4), seed).Select(a => string.Join(',', a.Codes)));

        Assert.Equal(Draw(2026), Draw(2026));
        Assert.NotEqual(Draw(2026), Draw(2027));
    }

    [Fact]
    public void no_two_experts_share_an_order_whenever_enough_orders_exist() =>
        Prop.ForAll(
            Gen.Choose(1, 6).SelectMany(bids => Gen.Choose(1, Math.Min(11, Factorial(bids))).Select(experts => (bids, experts))).ToArbitrary(),
            ArbMap.Default.ArbFor<long>(),
            (size, seed) =>
            {
                var assignments = BlindDraw.Assign(Ids("e", size.experts), Ids("b", size.bids), seed);
                var orders = assignments.Select(a => string.Join(',', a.Codes.Select(c => c.BidderId))).ToList();
                var codesUnique = assignments.All(a => a.Codes.Select(c => c.Code).Distinct().Count() == size.bids);
                return orders.Distinct().Count() == size.experts && codesUnique;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void with_more_experts_than_orders_every_order_is_used_before_one_repeats()
    {
        var orders = BlindDraw.Assign(Ids("e", 5), Ids("b", 2), 9).Select(a => string.Join(',', a.Codes.Select(c => c.BidderId))).ToList();
        Assert.Equal(2, orders.Distinct().Count());
        Assert.InRange(orders.Count(o => o == "b1,b2"), 2, 3);
    }

    [Fact]
    public void an_expert_scores_a_technical_bid_under_their_own_code()
    {
        var spec = Specs.Scoring(BlindSettings);
        var code = spec.State.BlindAssignmentOf("e2")!.CodeOf("B")!;
        spec.Given(new SubmitScoreSheet(Specs.MemberActor("e2"), "e2", code, PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)));

        Assert.NotNull(spec.State.Sheet("e2", "B", PartKind.Technical));
    }

    [Fact]
    public void a_bidder_id_instead_of_a_code_is_rejected_in_blind_mode() =>
        Specs.Scoring(BlindSettings).Rejects(new SubmitScoreSheet(Specs.MemberActor("e2"), "e2", "B", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)), ScoringRejections.UnknownBid);

    [Fact]
    public void the_commercial_part_waits_until_identities_are_revealed() =>
        Specs.Scoring(BlindSettings).Rejects(new SubmitScoreSheet(Specs.MemberActor("e2"), "e2", "B", PartKind.Commercial, Specs.Sheet(PartKind.Commercial, 8)), ScoringRejections.IdentitiesNotRevealed);

    [Fact]
    public void identities_are_revealed_when_the_last_technical_sheet_is_signed()
    {
        var spec = Specs.Scoring(BlindSettings);
        var last = (Member: "r1", Bidder: "C");
        foreach (var m in Specs.Committee)
        {
            foreach (var bid in new[] { "A", "B", "C" })
            {
                var code = spec.State.BlindAssignmentOf(m.PersonId)!.CodeOf(bid)!;
                var actor = Specs.MemberActor(m.PersonId);
                spec.Given(new SubmitScoreSheet(actor, m.PersonId, code, PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)));
                if ((m.PersonId, bid) == last)
                {
                    Assert.False(spec.State.IdentitiesRevealed);
                    var events = spec.When(new SignScoreSheet(actor, m.PersonId, code, PartKind.Technical));
                    Assert.IsType<IdentitiesRevealed>(events[^1]);
                }
                else
                {
                    spec.Given(new SignScoreSheet(actor, m.PersonId, code, PartKind.Technical));
                    Assert.Empty(spec.History.OfType<IdentitiesRevealed>());
                }
            }
        }

        spec.Given(new SubmitScoreSheet(Specs.MemberActor("e2"), "e2", "B", PartKind.Commercial, Specs.Sheet(PartKind.Commercial, 8)));
    }

    private static int Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
