using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Grains.Tests.Draw;

/// <summary>The draw, not a person, seats the committee it drew (四不知).</summary>
public abstract class DrawSeatingTests : GrainTest
{
    private readonly List<InvitationNotice> notices = [];
    private Node node = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var gateway = Substitute.For<INotificationGateway>();
        gateway.NotifyAsync(Arg.Do<InvitationNotice>(notices.Add), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        node = NewNode(services: s => s.AddSingleton(gateway));
        await DrawWorld.CentresAsync(node.Grains);
        await DrawWorld.ExpertsAsync(node.Grains, 12, "330203", "nb");
        await DrawWorld.ExpertsAsync(node.Grains, 12, "330302", "wz");
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        SessionCommand[] setup =
        [
            new ScheduleSession(Staff.Host, "P-1", "Project", "site-hz", Fixture.Time.GetUtcNow().AddDays(7)),
            new LinkRemoteSite(Staff.Host, "site-nb"),
            new LinkRemoteSite(Staff.Host, "site-wz"),
        ];
        foreach (var command in setup)
        {
            Assert.True((await session.ExecuteAsync(command, new CommandContext($"setup-{command.GetType().Name}-{(command as LinkRemoteSite)?.SiteId}"))).Accepted);
        }
    }

    [Fact]
    public async Task when_every_drawn_expert_confirms_the_draw_seats_the_committee_as_the_system()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());

        foreach (var notice in notices.ToList())
        {
            Assert.True((await draw.ConfirmAsync(notice.Token, new CommandContext($"confirm-{notice.ExpertId}"))).Accepted);
        }

        var session = await node.Grains.GetGrain<ISessionGrain>("s-1").GetSnapshotAsync();
        Assert.Equal(notices.Select(n => (n.ExpertId, n.SiteId)), session.State.Members.Select(m => (m.PersonId, m.Member.SiteId)));
        var seated = await Fixture.Store.ReadStreamAsync("session/s-1", 0, TestContext.Current.CancellationToken).LastAsync(TestContext.Current.CancellationToken);
        Assert.Equal("committee.seated", seated.Type);
        Assert.Contains("\"actorId\":\"system\"", System.Text.Encoding.UTF8.GetString(seated.Metadata.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task before_the_last_confirmation_nobody_is_seated()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());

        foreach (var notice in notices.Take(4).ToList())
        {
            await draw.ConfirmAsync(notice.Token, new CommandContext($"confirm-{notice.ExpertId}"));
        }

        Assert.Empty((await node.Grains.GetGrain<ISessionGrain>("s-1").GetSnapshotAsync()).State.Members);
    }

    [Fact]
    public async Task an_absent_member_is_replaced_by_the_next_drawn_expert_who_confirms()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        foreach (var notice in notices.ToList())
        {
            await draw.ConfirmAsync(notice.Token, new CommandContext($"confirm-{notice.ExpertId}"));
        }

        var absent = notices[0];
        Fixture.Time.Advance(TimeSpan.FromDays(7));
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        var marked = await session.ExecuteAsync(new MarkAbsent(new Actor(ActorRole.SiteStaff, "staff-x", absent.SiteId), absent.ExpertId), new CommandContext("absent"));
        Assert.True(marked.Accepted, marked.Rejection?.ToString());
        await draw.ReplaceAsync(absent.ExpertId, "absent", new CommandContext("replace"));
        await draw.ConfirmAsync(notices[^1].Token, new CommandContext("confirm-replacement"));

        var state = (await session.GetSnapshotAsync()).State;
        Assert.Equal(6, notices.Count);
        Assert.Equal(MemberStatus.Absent, state.Member(absent.ExpertId)!.Status);
        Assert.Equal((MemberStatus.Seated, absent.SiteId), (state.Member(notices[^1].ExpertId)!.Status, state.Member(notices[^1].ExpertId)!.Member.SiteId));
        Assert.Empty(state.PendingReplacements);
    }
}

public sealed class DrawSeatingTests_on_SQLite : DrawSeatingTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class DrawSeatingTests_on_PostgreSQL : DrawSeatingTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
