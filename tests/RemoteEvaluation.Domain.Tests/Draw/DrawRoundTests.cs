using FsCheck;
using FsCheck.Fluent;
using RemoteEvaluation.Domain.Draw;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class DrawRoundTests
{
    [Fact]
    public void a_secret_that_does_not_open_the_commitment_draws_nothing()
    {
        var state = Fold(DrawState.Empty, DrawDecider.Decide(DrawState.Empty, new RequestDraw(Request(), DrawSeed.Commitment(Secret)), Now));

        var decision = DrawDecider.Decide(state, new PerformDraw("ffffffffffffffffffffffffffffffff", "4711", Pool(30), null, Seats()), Now);

        Assert.Equal(DrawRejections.SecretMismatch, decision.Rejection?.Code);
    }

    [Fact]
    public void the_supervisor_must_enter_a_value()
    {
        var state = Fold(DrawState.Empty, DrawDecider.Decide(DrawState.Empty, new RequestDraw(Request(), DrawSeed.Commitment(Secret)), Now));

        Assert.Equal(DrawRejections.SupervisorValueRequired, DrawDecider.Decide(state, new PerformDraw(Secret, " ", Pool(30), null, Seats()), Now).Rejection?.Code);
    }

    [Theory]
    [InlineData(4, 0, false)]
    [InlineData(6, 0, false)]
    [InlineData(3, 2, false)]
    [InlineData(5, 0, true)]
    public void committees_that_break_the_composition_rules_are_refused(int experts, int representatives, bool large)
    {
        var request = Request(slots: [new DrawSlot("C05", experts)]) with { TendererRepresentatives = representatives, LargeProcurement = large };

        Assert.Equal(DrawRejections.CommitteeRule, DrawDecider.Decide(DrawState.Empty, new RequestDraw(request, DrawSeed.Commitment(Secret)), Now).Rejection?.Code);
    }

    [Fact]
    public void a_committee_of_seven_with_two_representatives_is_allowed()
    {
        var request = Request(slots: [new DrawSlot("C05", 5)]) with { TendererRepresentatives = 2 };

        Assert.False(DrawDecider.Decide(DrawState.Empty, new RequestDraw(request, DrawSeed.Commitment(Secret)), Now).IsRejected);
    }

    [Fact]
    public void a_short_home_pool_falls_back_to_the_linked_pool_and_records_it()
    {
        var state = Given(Request(), Pool(3), fallback: new FallbackPool("pool-js", Pool(10, "js")));

        var fellBack = Assert.Single(state.FallBacks);
        Assert.Equal(("pool-js", 3, 5), (fellBack.PoolId, fellBack.HomeCount, fellBack.Needed));
        var order = state.Rounds[0].Performed.Slots[0].Order;
        Assert.Equal(3, order.Count(o => !o.FromFallback));
        Assert.True(order.Skip(3).All(o => o.FromFallback));
    }

    [Fact]
    public void a_home_pool_that_suffices_does_not_touch_the_linked_pool()
    {
        var state = Given(Request(), Pool(30), fallback: new FallbackPool("pool-js", Pool(10, "js")));

        Assert.Empty(state.FallBacks);
        Assert.DoesNotContain(state.Rounds[0].Performed.Slots[0].Order, o => o.FromFallback);
    }

    [Fact]
    public void a_replacement_round_is_refused_while_drawn_candidates_remain()
    {
        var state = InviteAll(Given(Request(), Pool(30)));

        Assert.Equal(DrawRejections.NotShort, DrawDecider.Decide(state, new PerformDraw(Secret, "99", Pool(30), null, []), Now).Rejection?.Code);
    }

    [Fact]
    public void a_replacement_requested_by_the_session_uses_a_new_round_once_the_order_is_used_up()
    {
        var state = InviteAll(Given(Request(reserve: 0), Pool(30)));
        foreach (var expert in Invited(state))
        {
            state = Fold(state, DrawDecider.Decide(state, new ConfirmInvitation(Token(expert)), Now));
        }

        var absent = state.Invitations[2].ExpertId;
        state = Fold(state, DrawDecider.Decide(state, new ReplaceExpert(absent, "缺席"), Now));
        Assert.Equal([0], DrawProgress.ShortSlots(state));
        state = InviteAll(Fold(state, DrawDecider.Decide(state, new PerformDraw(Secret, "replacement-1", Pool(30), null, []), Now)));

        Assert.Equal(2, state.Rounds.Count);
        Assert.Equal(25, state.Rounds[1].Performed.Slots[0].EligibleCount);
        var replacement = Assert.Single(Invited(state));
        Assert.DoesNotContain(replacement, state.Invitations.Take(5).Select(i => i.ExpertId));
        state = Fold(state, DrawDecider.Decide(state, new RevealSecret(Secret), Now));
        Assert.True(DrawVerifier.Verify(DrawRecord.From("d", state)).Matches);
    }

    [Fact]
    public void the_same_expert_is_never_reached_twice_whatever_the_pool_and_the_answers()
    {
        // Slots overlap (C05 and C0501), experts hold several specialties, and some invitations are declined.
        var property = Prop.ForAll(
            Gen.Choose(12, 60).ToArbitrary(),
            Gen.Choose(0, 10_000).ToArbitrary(),
            (size, salt) =>
            {
                var pool = Enumerable.Range(0, size)
                    .Select(i => new PoolExpert($"e-{i:D3}", Expert(Ningbo, (i + salt) % 3 == 0 ? ["C0501", "C0601"] : (i + salt) % 3 == 1 ? ["C0501"] : ["C0601"])))
                    .ToList();
                var state = Given(Request(slots: [new DrawSlot("C05", 3), new DrawSlot("C0501", 2), new DrawSlot("C06", 2)]), pool, supervisorValue: $"s{salt}");
                for (var round = 0; round < 4; round++)
                {
                    state = InviteAll(state);
                    var declines = Invited(state).Where((_, i) => (i + salt + round) % 2 == 0).ToList();
                    foreach (var expert in declines)
                    {
                        state = Fold(state, DrawDecider.Decide(state, new DeclineInvitation(Token(expert), "忙"), Now));
                    }
                }

                var reached = state.Invitations.Select(i => i.ExpertId).ToList();
                return reached.Count == reached.Distinct().Count();
            });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }
}
