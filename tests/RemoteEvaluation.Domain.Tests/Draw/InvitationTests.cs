using RemoteEvaluation.Domain.Draw;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class InvitationTests
{
    [Fact]
    public void the_first_candidates_in_drawn_order_are_invited_with_a_deadline()
    {
        var state = InviteAll(Given(Request(), Pool(30)));

        Assert.Equal(state.Rounds[0].Performed.Slots[0].Order.Take(5).Select(o => o.ExpertId), Invited(state));
        Assert.All(state.Invitations, i => Assert.Equal(Now.AddMinutes(30), i.Deadline));
    }

    [Fact]
    public void a_declined_invitation_moves_to_the_next_candidate()
    {
        var state = InviteAll(Given(Request(), Pool(30)));
        var order = state.Rounds[0].Performed.Slots[0].Order;

        state = Fold(state, DrawDecider.Decide(state, new DeclineInvitation(Token(order[1].ExpertId), "生病"), Now));
        state = InviteAll(state);

        Assert.Equal(order[5].ExpertId, state.Invitations[^1].ExpertId);
        Assert.Equal(InvitationStatus.Declined, state.Invitations.Single(i => i.ExpertId == order[1].ExpertId).Status);
        Assert.Equal(5, Invited(state).Count);
    }

    [Fact]
    public void no_answer_in_time_expires_the_invitation_and_moves_on()
    {
        var state = InviteAll(Given(Request(), Pool(30)));
        var later = Now.AddMinutes(31);

        var late = DrawDecider.Decide(state, new ConfirmInvitation(Token(Invited(state)[0])), later);
        state = Fold(state, DrawDecider.Decide(state, new ExpireInvitations(), later));
        state = InviteAll(state);

        Assert.Equal(DrawRejections.InvitationExpired, late.Rejection?.Code);
        Assert.Equal(5, state.Invitations.Count(i => i.Status == InvitationStatus.Expired));
        Assert.Equal(5, Invited(state).Count);
    }

    [Fact]
    public void a_failed_notification_is_recorded_and_the_draw_moves_on()
    {
        var state = Given(Request(), Pool(30));
        var first = DrawProgress.Next(state)!.ExpertId;

        state = Fold(state, DrawDecider.Decide(state, new RecordNotificationFailure(first, "gateway: circuit open"), Now));

        Assert.Equal("gateway: circuit open", state.Invitations.Single().Reason);
        Assert.NotEqual(first, DrawProgress.Next(state)!.ExpertId);
    }

    [Fact]
    public void a_notice_that_fails_after_its_invitation_was_recorded_ends_that_invitation_and_the_draw_moves_on()
    {
        var state = Given(Request(), Pool(30));
        var first = DrawProgress.Next(state)!.ExpertId;
        state = Fold(state, DrawDecider.Decide(state, new RecordInvitation(first, Token(first)), Now));

        state = Fold(state, DrawDecider.Decide(state, new RecordNotificationFailure(first, "gateway: 503"), Now));

        var invitation = Assert.Single(state.Invitations);
        Assert.Equal(InvitationStatus.NotificationFailed, invitation.Status);
        Assert.Equal("gateway: 503", invitation.Reason);
        Assert.Equal(DrawRejections.InvitationClosed, DrawDecider.Decide(state, new ConfirmInvitation(Token(first)), Now).Rejection?.Code);
        Assert.NotEqual(first, DrawProgress.Next(state)!.ExpertId);
    }

    [Fact]
    public void a_notice_failure_cannot_undo_an_answered_invitation()
    {
        var state = Given(Request(), Pool(30));
        var first = DrawProgress.Next(state)!.ExpertId;
        state = Fold(state, DrawDecider.Decide(state, new RecordInvitation(first, Token(first)), Now));
        state = Fold(state, DrawDecider.Decide(state, new ConfirmInvitation(Token(first)), Now));

        var late = DrawDecider.Decide(state, new RecordNotificationFailure(first, "gateway: timeout"), Now);

        Assert.Equal(DrawRejections.InvitationClosed, late.Rejection?.Code);
        Assert.Equal(InvitationStatus.Confirmed, state.Invitations.Single().Status);
    }

    [Fact]
    public void only_the_next_candidate_can_be_invited()
    {
        var state = Given(Request(), Pool(30));
        var notNext = state.Rounds[0].Performed.Slots[0].Order[3].ExpertId;

        Assert.Equal(DrawRejections.NotNext, DrawDecider.Decide(state, new RecordInvitation(notNext, Token(notNext)), Now).Rejection?.Code);
    }

    [Fact]
    public void confirming_fills_the_slot_and_completes_the_draw()
    {
        var state = InviteAll(Given(Request(), Pool(30)));

        foreach (var expert in Invited(state))
        {
            state = Fold(state, DrawDecider.Decide(state, new ConfirmInvitation(Token(expert)), Now.AddMinutes(5)));
        }

        Assert.True(state.IsComplete);
        Assert.Null(DrawProgress.Next(state));
        Assert.Equal(DrawRejections.InvitationClosed, DrawDecider.Decide(state, new DeclineInvitation(Token(state.Invitations[0].ExpertId), "x"), Now).Rejection?.Code);
    }

    [Fact]
    public void an_unknown_token_is_rejected()
    {
        var state = InviteAll(Given(Request(), Pool(30)));

        Assert.Equal(DrawRejections.UnknownToken, DrawDecider.Decide(state, new ConfirmInvitation("nope"), Now).Rejection?.Code);
    }

    [Fact]
    public void a_candidate_with_no_seat_near_home_is_skipped_with_the_reason()
    {
        var beijing = Domain.Experts.RegionCode.Parse("110105");
        var pool = Pool(1, "bj", beijing).Concat(Pool(10, "nb", Ningbo)).ToList();
        var state = InviteAll(Given(Request(), pool, supervisorValue: FirstDrawn("bj", pool)));

        var skipped = Assert.Single(state.Invitations, i => i.Status == InvitationStatus.Skipped);
        Assert.Equal("bj-0000", skipped.ExpertId);
        Assert.Equal(DrawProgress.NoSeatNearHome, skipped.Reason);
        Assert.Equal(5, Invited(state).Count);
    }

    [Fact]
    public void experts_are_seated_at_the_nearest_centre_with_a_free_seat()
    {
        var pool = Pool(3, "nb", Ningbo).Concat(Pool(3, "wz", Wenzhou)).ToList();
        var state = InviteAll(Given(Request(slots: [new DrawSlot("C05", 5)]), pool, [new SeatOffer("site-nb", Ningbo, 2), new SeatOffer("site-wz", Wenzhou, 10)]));

        var seated = state.Invitations.Where(i => i.Status == InvitationStatus.Pending).ToList();
        Assert.Equal(2, seated.Count(i => i.SiteId == "site-nb"));
        Assert.All(seated.Where(i => i.ExpertId.StartsWith("wz", StringComparison.Ordinal)), i => Assert.Equal("site-wz", i.SiteId));
    }

    /// <summary>A supervisor value under which an expert with the prefix is among the first five drawn.</summary>
    private static string FirstDrawn(string prefix, List<Domain.Draw.PoolExpert> pool) =>
        Enumerable.Range(0, 1000).Select(i => $"v{i}")
            .First(v => Given(Request(), pool, supervisorValue: v).Rounds[0].Performed.Slots[0].Order.Take(5).Any(o => o.ExpertId.StartsWith(prefix, StringComparison.Ordinal)));
}
