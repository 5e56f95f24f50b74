using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Tests.Draw;

namespace RemoteEvaluation.Grains.Tests.Reminders;

/// <summary>
/// Draw invitations nobody answers expire at their deadline (30 minutes by default) through the process manager,
/// and the next candidates are invited; the notification gateway is the only substitute.
/// </summary>
public abstract class InvitationExpiryTests : GrainTest
{
    private readonly List<InvitationNotice> notices = [];
    private readonly INotificationGateway gateway = Substitute.For<INotificationGateway>();
    private Node node = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        gateway.NotifyAsync(Arg.Do<InvitationNotice>(n => { lock (notices) { notices.Add(n); } }), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        node = await NewNodeWithRemindersAsync(s => s.AddSingleton(gateway));
        await DrawWorld.CentresAsync(node.Grains);
        await DrawWorld.ExpertsAsync(node.Grains, 12, "330203", "nb");
        await DrawWorld.ExpertsAsync(node.Grains, 12, "330302", "wz");
    }

    [Fact]
    public async Task unanswered_invitations_expire_at_their_deadline_and_the_next_candidates_are_invited()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        var deadline = (await draw.GetSnapshotAsync()).State.Invitations[0].Deadline!.Value;

        Fixture.Time.SetUtcNow(deadline + TimeSpan.FromSeconds(1));

        await Patience.UntilAsync(async () => (await draw.GetSnapshotAsync()).State.Invitations.Count(i => i.Status == InvitationStatus.Expired) == 5, "the five invitations to expire");
        var state = (await draw.GetSnapshotAsync()).State;
        Assert.Equal(5, state.Invitations.Count(i => i.Status == InvitationStatus.Pending));
        Assert.All(state.Invitations.Where(i => i.Status == InvitationStatus.Pending), i => Assert.True(i.Deadline > deadline));
    }

    [Fact]
    public async Task a_confirmed_invitation_is_not_expired()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        var deadline = (await draw.GetSnapshotAsync()).State.Invitations[0].Deadline!.Value;
        var confirmed = notices[0];
        Assert.True((await draw.ConfirmAsync(confirmed.Token, new CommandContext("confirm"))).Accepted);

        Fixture.Time.SetUtcNow(deadline + TimeSpan.FromSeconds(1));

        await Patience.UntilAsync(async () => (await draw.GetSnapshotAsync()).State.Invitations.Count(i => i.Status == InvitationStatus.Expired) == 4, "the four unanswered invitations to expire");
        var state = (await draw.GetSnapshotAsync()).State;
        Assert.Equal(InvitationStatus.Confirmed, state.Invitations.Single(i => i.ExpertId == confirmed.ExpertId).Status);
    }

    [Fact]
    public async Task the_invitations_of_a_new_round_get_their_own_reminder()
    {
        var draw = await DrawWorld.DrawnAsync(node.Grains, Fixture.Time.GetUtcNow());
        var deadline = (await draw.GetSnapshotAsync()).State.Invitations[0].Deadline!.Value;

        Fixture.Time.SetUtcNow(deadline + TimeSpan.FromSeconds(1));

        await Patience.UntilAsync(
            () => node.Reminders.Pending.Any(p => p.StreamId == "draw/d-1" && p.DueAt > deadline + TimeSpan.FromMinutes(1)),
            "a reminder for the next invitations' deadline");
    }
}

public sealed class InvitationExpiryTests_on_SQLite : InvitationExpiryTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class InvitationExpiryTests_on_PostgreSQL : InvitationExpiryTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
