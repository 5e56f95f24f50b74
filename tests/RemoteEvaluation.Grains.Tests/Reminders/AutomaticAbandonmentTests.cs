using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Grains.Tests.Reminders;

/// <summary>
/// A suspended session whose deadline passes is abandoned by the process manager (as <see cref="Actor.System"/>),
/// with the clock under the test's control. The session is suspended before its start: the deadline is the start
/// plus the before-start limit (2 hours by default).
/// </summary>
public abstract class AutomaticAbandonmentTests : GrainTest
{
    private static readonly Actor Host = new(ActorRole.HostStaff, "host-1", "HZ");
    private int sent;

    /// <summary>The day after the fixture's clock starts (2026-11-23 01:00 UTC).</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Deadline = Start + TimeSpan.FromHours(2);

    [Fact]
    public async Task a_suspended_session_is_abandoned_by_the_system_once_its_deadline_passes()
    {
        var node = await NewNodeWithRemindersAsync();
        var session = await SuspendedAsync(node, "s-1");

        Fixture.Time.SetUtcNow(Deadline + TimeSpan.FromSeconds(1));

        await Patience.UntilAsync(async () => (await session.GetSnapshotAsync()).State.Phase == SessionPhase.Abandoned, "the session to be abandoned");
        var abandoned = (await StoredEventsAsync("session/s-1")).Single(e => e.Type == "session.abandoned");
        Assert.Contains("\"role\":\"system\"", System.Text.Encoding.UTF8.GetString(abandoned.Metadata.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_reminder_waits_for_the_deadline_and_nothing_happens_before_it()
    {
        var node = await NewNodeWithRemindersAsync();
        var session = await SuspendedAsync(node, "s-1");

        await Patience.UntilAsync(() => node.Reminders.Pending.Count == 1, "the reminder to be scheduled");
        Fixture.Time.SetUtcNow(Deadline - TimeSpan.FromMinutes(1));
        await node.Reminders.CatchUpAsync(TestContext.Current.CancellationToken);

        Assert.Equal(("session/s-1", "abandon:1", Deadline + TimeSpan.FromMilliseconds(1)), Assert.Single(node.Reminders.Pending));
        Assert.True((await session.GetSnapshotAsync()).State.IsSuspended);
    }

    [Fact]
    public async Task a_session_resumed_in_time_owes_no_reminder_and_is_never_abandoned()
    {
        var node = await NewNodeWithRemindersAsync();
        var session = await SuspendedAsync(node, "s-1");
        await Patience.UntilAsync(() => node.Reminders.Pending.Count == 1, "the reminder to be scheduled");

        await SendAsync(session, new ResumeSession(Host));
        await Patience.UntilAsync(() => node.Reminders.Pending.Count == 0, "the reminder to be dropped");
        Fixture.Time.SetUtcNow(Deadline + TimeSpan.FromHours(1));
        await node.Reminders.CatchUpAsync(TestContext.Current.CancellationToken);

        Assert.Empty(node.Reminders.Pending);
        Assert.Equal(SessionPhase.Scheduled, (await session.GetSnapshotAsync()).State.Phase);
    }

    [Fact]
    public async Task a_node_started_after_the_suspension_rebuilds_its_reminder_from_the_log()
    {
        await SuspendedAsync(NewNode(), "s-1");
        Fixture.Time.SetUtcNow(Deadline + TimeSpan.FromMinutes(5));

        var restarted = await NewNodeWithRemindersAsync();

        await Patience.UntilAsync(async () => (await restarted.Grains.GetGrain<ISessionGrain>("s-1").GetSnapshotAsync()).State.Phase == SessionPhase.Abandoned, "the restarted node to abandon the session");
    }

    [Fact]
    public async Task two_nodes_abandoning_the_same_session_at_once_record_it_once()
    {
        var a = await NewNodeWithRemindersAsync();
        var b = await NewNodeWithRemindersAsync();
        await SuspendedAsync(a, "s-1");
        await Patience.UntilAsync(() => a.Reminders.Pending.Count == 1 && b.Reminders.Pending.Count == 1, "both nodes to schedule the reminder");

        Fixture.Time.SetUtcNow(Deadline + TimeSpan.FromSeconds(1));

        await Patience.UntilAsync(() => a.Reminders.IsIdle && b.Reminders.IsIdle && a.Reminders.Pending.Count == 0 && b.Reminders.Pending.Count == 0, "both nodes to fire");
        Assert.Single(await StoredEventsAsync("session/s-1"), e => e.Type == "session.abandoned");
        Assert.Equal(SessionPhase.Abandoned, (await b.Grains.GetGrain<ISessionGrain>("s-1").GetSnapshotAsync()).State.Phase);
    }

    [Fact]
    public async Task a_second_suspension_gets_its_own_reminder_and_its_own_deadline()
    {
        var node = await NewNodeWithRemindersAsync();
        var session = await SuspendedAsync(node, "s-1");
        await SendAsync(session, new ResumeSession(Host));

        await SendAsync(session, new SuspendSession(Host, "Link down again"));

        await Patience.UntilAsync(() => node.Reminders.Pending is [(_, "abandon:2", _)], "the second suspension's reminder");
    }

    private async Task<ISessionGrain> SuspendedAsync(Node node, string id)
    {
        var session = node.Grains.GetGrain<ISessionGrain>(id);
        await SendAsync(session, new ScheduleSession(Host, "ZJ-2026-009", "Bridge repair", "HZ", Start));
        await SendAsync(session, new SuspendSession(Host, "Video link to NB down"));
        return session;
    }

    private async Task SendAsync(ISessionGrain session, SessionCommand command)
    {
        var result = await session.ExecuteAsync(command, new CommandContext($"cmd-{++sent}", command.By.PersonId, command.By.Role.ToString(), command.By.SiteId));
        Assert.True(result.Accepted, result.Rejection?.ToString());
    }
}

public sealed class AutomaticAbandonmentTests_on_SQLite : AutomaticAbandonmentTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class AutomaticAbandonmentTests_on_PostgreSQL : AutomaticAbandonmentTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
