using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Chat;

public class ChatTests
{
    [Fact]
    public void host_staff_post_to_everyone()
    {
        var spec = Specs.Opened();

        var posted = Assert.IsType<ChatMessagePosted>(Assert.Single(spec.When(new PostChatMessage(Host, null, "  Review starts at 10:00.  "))));

        Assert.Equal(new ChatMessagePosted(Host.PersonId, ActorRole.HostStaff, HostSite, null, "Review starts at 10:00.", spec.Now), posted);
    }

    [Fact]
    public void host_staff_post_privately_to_one_remote_centre()
    {
        var posted = Assert.IsType<ChatMessagePosted>(Assert.Single(Specs.Opened().When(new PostChatMessage(Host, Ningbo, "NB, your audio is cutting out."))));

        Assert.Equal(Ningbo, posted.ToSiteId);
    }

    [Fact]
    public void remote_staff_post_on_their_own_channel_with_the_host()
    {
        var posted = Assert.IsType<ChatMessagePosted>(Assert.Single(Specs.Opened().When(new PostChatMessage(NingboStaff, Ningbo, "Restarting the camera."))));

        Assert.Equal((Ningbo, Ningbo), (posted.FromSiteId, posted.ToSiteId));
    }

    [Fact]
    public void remote_staff_cannot_post_to_everyone()
    {
        Specs.Opened().Rejects(new PostChatMessage(NingboStaff, null, "Hello all"), ChatRejections.WrongChannel);
    }

    [Fact]
    public void remote_staff_cannot_post_on_another_centres_channel()
    {
        Specs.Opened().Rejects(new PostChatMessage(NingboStaff, Wenzhou, "Hello WZ"), ChatRejections.WrongChannel);
    }

    [Fact]
    public void staff_of_a_centre_outside_the_session_cannot_post()
    {
        Specs.Opened().Rejects(new PostChatMessage(StaffOf("SH"), "SH", "Hello"), SessionRejections.WrongSite);
    }

    [Fact]
    public void a_private_channel_needs_a_remote_centre_of_the_session()
    {
        Specs.Opened().Rejects(new PostChatMessage(Host, "SH", "Hello"), ChatRejections.UnknownSite);
        Specs.Opened().Rejects(new PostChatMessage(Host, HostSite, "Hello"), ChatRejections.UnknownSite);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void an_empty_message_is_refused(string text)
    {
        Specs.Opened().Rejects(new PostChatMessage(Host, null, text), ChatRejections.EmptyMessage);
    }

    [Fact]
    public void a_message_over_the_length_limit_is_refused_and_one_at_the_limit_is_posted()
    {
        Specs.Opened().Rejects(new PostChatMessage(Host, null, new string('x', ChatLimits.MaxLength + 1)), ChatRejections.MessageTooLong);
        Assert.Single(Specs.Opened().When(new PostChatMessage(Host, null, new string('x', ChatLimits.MaxLength))));
    }

    [Theory]
    [MemberData(nameof(NonStaff))]
    public void only_centre_staff_post(Actor by)
    {
        Specs.Opened().Rejects(new PostChatMessage(by, null, "Hello"), SessionRejections.WrongRole);
    }

    public static TheoryData<Actor> NonStaff => [Expert("e1", HostSite), Representative("r1"), Supervisor, Auditor, Coordinator, Bidder("A")];

    [Fact]
    public void centres_keep_talking_while_the_session_is_suspended()
    {
        var spec = Specs.Opened().Given(new SuspendSession(Host, "Link to NB down"));

        Assert.Single(spec.When(new PostChatMessage(WenzhouStaff, Wenzhou, "WZ is still here.")));
    }

    [Fact]
    public void nothing_is_posted_after_the_session_closes()
    {
        Specs.Closed().Rejects(new PostChatMessage(Host, null, "Thanks all"), SessionRejections.WrongPhase);
    }

    [Fact]
    public void nothing_is_posted_before_the_session_is_scheduled()
    {
        new SessionSpec().Rejects(new PostChatMessage(Host, null, "Hello"), SessionRejections.NotScheduled);
    }
}
