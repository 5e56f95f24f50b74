using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Visibility;

/// <summary>Who sees chat, the document view and presence: the events of a live session that are not evaluation.</summary>
public class LiveEventVisibilityTests
{
    private static readonly Actor Server = Actor.System;

    private static readonly List<SessionEvent> History = Specs.Opened().Presentable().Given(
        new PostChatMessage(Host, null, "To all"),
        new PostChatMessage(Host, Ningbo, "To NB"),
        new PostChatMessage(WenzhouStaff, Wenzhou, "From WZ"),
        new ShowDocument(Host, "bid-list", 2),
        new RecordConnected(Server, NingboStaff, "c-nb"),
        new RecordConnected(Server, WenzhouStaff, "c-wz"),
        new RecordDisconnected(Server, "c-wz"),
        new RecordSiteSilent(Server, Wenzhou, Specs.Start),
        new RecordSiteBack(Server, Wenzhou)).History;

    private static List<string> LiveEventsSeenBy(Actor audience) =>
    [
        .. VisibilityTests.Seen(History, audience).Skip(Specs.Opened().Presentable().History.Count).Select(e => e switch
        {
            ChatMessagePosted x => $"chat {x.Text}",
            DocumentShown x => $"document {x.DocumentId} {x.Page}",
            ParticipantConnected x => $"connected {x.ConnectionId}",
            ParticipantDisconnected x => $"disconnected {x.ConnectionId}",
            SiteWentSilent x => $"silent {x.SiteId}",
            SiteCameBack x => $"back {x.SiteId}",
            null => "-",
            _ => "?",
        }),
    ];

    [Fact]
    public void host_staff_see_every_channel_the_document_and_every_connection()
    {
        Assert.Equal(
            ["chat To all", "chat To NB", "chat From WZ", "document bid-list 2", "connected c-nb", "connected c-wz", "disconnected c-wz", "silent WZ", "back WZ"],
            LiveEventsSeenBy(Host));
    }

    [Fact]
    public void remote_staff_see_chat_to_everyone_and_their_own_channel_their_own_connections_and_link_health_but_no_document()
    {
        Assert.Equal(
            ["chat To all", "chat To NB", "-", "-", "connected c-nb", "-", "-", "silent WZ", "back WZ"],
            LiveEventsSeenBy(NingboStaff));
    }

    [Fact]
    public void checked_in_members_see_chat_to_everyone_and_the_document_but_no_private_channel_and_no_connections()
    {
        Assert.Equal(
            ["chat To all", "-", "-", "document bid-list 2", "-", "-", "-", "silent WZ", "back WZ"],
            LiveEventsSeenBy(Specs.MemberActor("e2")));
    }

    [Fact]
    public void observers_see_everything_and_bidders_nothing()
    {
        Assert.Equal(LiveEventsSeenBy(Host), LiveEventsSeenBy(Supervisor));
        Assert.Equal(LiveEventsSeenBy(Host), LiveEventsSeenBy(Coordinator));
        Assert.All(LiveEventsSeenBy(Bidder("A")), seen => Assert.Equal("-", seen));
    }
}
