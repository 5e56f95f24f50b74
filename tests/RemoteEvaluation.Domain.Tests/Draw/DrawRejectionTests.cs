using RemoteEvaluation.Domain.Draw;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class DrawRejectionTests
{
    [Fact]
    public void requesting_a_draw_that_is_already_requested_is_rejected()
    {
        var state = Requested();

        var decision = DrawDecider.Decide(state, new RequestDraw(Request(), DrawSeed.Commitment(Secret)), Now);

        AssertRejected(DrawRejections.AlreadyRequested, decision);
    }

    [Fact]
    public void drawing_before_the_draw_is_requested_is_rejected()
    {
        var decision = DrawDecider.Decide(DrawState.Empty, new PerformDraw(Secret, "4711", Pool(30), null, Seats()), Now);

        AssertRejected(DrawRejections.NotRequested, decision);
    }

    [Fact]
    public void revealing_the_secret_before_anything_is_drawn_is_rejected()
    {
        var state = Requested();

        var decision = DrawDecider.Decide(state, new RevealSecret(Secret), Now);

        AssertRejected(DrawRejections.NotDrawn, decision);
        Assert.Null(state.RevealedSecret);
    }

    [Fact]
    public void replacing_an_invited_expert_who_has_not_confirmed_is_rejected()
    {
        var state = InviteAll(Given(Request(), Pool(30)));
        var pending = Invited(state)[0];

        var decision = DrawDecider.Decide(state, new ReplaceExpert(pending, "缺席"), Now);

        AssertRejected(DrawRejections.NotConfirmed, decision);
    }

    [Fact]
    public void revealing_another_secret_after_the_secret_is_revealed_is_rejected()
    {
        var state = Given(Request(), Pool(30));
        state = Fold(state, DrawDecider.Decide(state, new RevealSecret(Secret), Now));

        var decision = DrawDecider.Decide(state, new RevealSecret("ffffffffffffffffffffffffffffffff"), Now);

        AssertRejected(DrawRejections.AlreadyRevealed, decision);
        Assert.Equal(Secret, state.RevealedSecret);
    }

    private static DrawState Requested() =>
        Fold(DrawState.Empty, DrawDecider.Decide(DrawState.Empty, new RequestDraw(Request(), DrawSeed.Commitment(Secret)), Now));

    private static void AssertRejected(string code, Decision<DrawEvent> decision)
    {
        Assert.Equal(code, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
        Assert.False(string.IsNullOrWhiteSpace(decision.Rejection?.Message));
    }
}
