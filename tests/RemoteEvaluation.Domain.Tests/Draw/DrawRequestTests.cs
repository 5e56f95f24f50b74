using RemoteEvaluation.Domain.Draw;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class DrawRequestTests
{
    [Fact]
    public void a_draw_needs_a_commitment_to_the_secret_before_anything_is_drawn()
    {
        Assert.Equal(DrawRejections.CommitmentRequired, DrawDecider.Decide(DrawState.Empty, new RequestDraw(Request(), Secret), Now).Rejection?.Code);
    }

    [Fact]
    public void a_request_with_an_invalid_specialty_code_is_refused()
    {
        var request = Request(slots: [new DrawSlot("C5", 5)]);

        Assert.Equal(DrawRejections.InvalidRequest, DrawDecider.Decide(DrawState.Empty, new RequestDraw(request, DrawSeed.Commitment(Secret)), Now).Rejection?.Code);
    }

    [Fact]
    public void a_session_in_the_past_is_refused()
    {
        Assert.Equal(DrawRejections.InvalidRequest, DrawDecider.Decide(DrawState.Empty, new RequestDraw(Request(), DrawSeed.Commitment(Secret)), SessionFrom.AddDays(1)).Rejection?.Code);
    }

    [Fact]
    public void the_secret_is_revealed_only_if_it_opens_the_commitment_and_then_the_draw_is_closed()
    {
        var state = Given(Request(), Pool(30));

        Assert.Equal(DrawRejections.SecretMismatch, DrawDecider.Decide(state, new RevealSecret("ffffffffffffffffffffffffffffffff"), Now).Rejection?.Code);
        state = Fold(state, DrawDecider.Decide(state, new RevealSecret(Secret), Now));
        Assert.Equal(Secret, state.RevealedSecret);
        Assert.Equal(DrawRejections.Revealed, DrawDecider.Decide(state, new ExpireInvitations(), Now).Rejection?.Code);
    }

    [Fact]
    public void too_few_seats_at_the_linked_centres_are_refused()
    {
        var state = Fold(DrawState.Empty, DrawDecider.Decide(DrawState.Empty, new RequestDraw(Request(), DrawSeed.Commitment(Secret)), Now));

        Assert.Equal(DrawRejections.InvalidRequest, DrawDecider.Decide(state, new PerformDraw(Secret, "1", Pool(30), null, [new SeatOffer("site-nb", Ningbo, 4)]), Now).Rejection?.Code);
    }
}
