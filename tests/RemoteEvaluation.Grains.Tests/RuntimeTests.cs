using System.Diagnostics.Metrics;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Grains.Tests;

public abstract class RuntimeTests : GrainTest
{

    [Fact]
    public async Task concurrent_calls_on_one_grain_run_one_at_a_time_without_conflicts()
    {
        var store = new FaultyStore(Fixture.Store);
        await using var node = new Node(store, Fixture.Time);
        var session = await ScheduledAsync(node, "s-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => session.ExecuteAsync(new LinkRemoteSite(Staff.Host, $"site-{i}"), new CommandContext($"link-{i}")))));

        Assert.All(results, r => Assert.True(r.Accepted));
        Assert.Equal(Enumerable.Range(2, 40).Select(v => (long)v), results.Select(r => r.Version).Order());
        Assert.Equal(41, store.Appends); // one append per command: no lost races inside one node
    }

    [Fact]
    public async Task two_nodes_writing_one_session_both_succeed_and_the_chain_verifies()
    {
        // Thirty commands racing from two nodes: the retry bound is raised so that only correctness is tested here.
        await using var one = new Node(Fixture.Store, Fixture.Time, o => o.MaxConflictRetries = 100);
        await using var two = new Node(Fixture.Store, Fixture.Time, o => o.MaxConflictRetries = 100);
        await ScheduledAsync(one, "s-1");
        var onOne = one.Grains.GetGrain<ISessionGrain>("s-1");
        var onTwo = two.Grains.GetGrain<ISessionGrain>("s-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => (i % 2 == 0 ? onOne : onTwo).ExecuteAsync(new LinkRemoteSite(Staff.Host, $"site-{i}"), new CommandContext($"link-{i}")))));

        Assert.All(results, r => Assert.True(r.Accepted, r.Rejection?.ToString()));
        var snapshot = await onTwo.GetSnapshotAsync();
        Assert.Equal(31, snapshot.Version);
        Assert.Equal(30, snapshot.State.RemoteSiteIds.Count);
        Assert.True((await Fixture.Store.VerifyAsync("session/s-1", TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public async Task a_stale_node_decides_again_on_the_latest_state_after_losing_the_append()
    {
        await using var one = new Node(Fixture.Store, Fixture.Time);
        await using var two = new Node(Fixture.Store, Fixture.Time);
        await ScheduledAsync(one, "s-1");
        var onTwo = two.Grains.GetGrain<ISessionGrain>("s-1");
        await onTwo.GetSnapshotAsync(); // node two activates at version 1
        await one.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("a"));

        // Node two still believes site-nb is not linked; the rules must see the truth before deciding.
        var result = await onTwo.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("b"));

        Assert.Equal(SessionRejections.SiteAlreadyLinked, result.Rejection?.Code);
    }

    [Fact]
    public async Task a_command_retried_through_another_node_is_recorded_once()
    {
        await using var one = new Node(Fixture.Store, Fixture.Time);
        await using var two = new Node(Fixture.Store, Fixture.Time);
        await ScheduledAsync(one, "s-1");
        await two.Grains.GetGrain<ISessionGrain>("s-1").GetSnapshotAsync();
        var first = await one.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("link-nb"));

        // The client lost the acknowledgement, reconnected to node two and sent the same command again.
        var retried = await two.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("link-nb"));

        Assert.Equal(first.Version, retried.Version);
        Assert.True(retried.Duplicate);
        Assert.Equal(2, (await Fixture.Store.GetHeadAsync("session/s-1", TestContext.Current.CancellationToken))!.Version);
    }

    [Fact]
    public async Task transient_database_faults_are_retried_and_the_command_is_recorded_once()
    {
        var store = new FaultyStore(Fixture.Store);
        await using var node = new Node(store, Fixture.Time, o => o.MaxTransientRetries = 3);
        var session = await ScheduledAsync(node, "s-1");
        store.TransientFaults = 2;

        var result = await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("link"));

        Assert.Equal(CommandResult.Ok(2), result);
        Assert.Equal(2, (await Fixture.Store.GetHeadAsync("session/s-1", TestContext.Current.CancellationToken))!.Version);
    }

    [Fact]
    public async Task a_database_that_stays_down_reaches_the_caller_as_a_transient_fault()
    {
        var store = new FaultyStore(Fixture.Store);
        await using var node = new Node(store, Fixture.Time, o => o.MaxTransientRetries = 2);
        var session = await ScheduledAsync(node, "s-1");
        store.TransientFaults = 10;

        await Assert.ThrowsAsync<TransientStoreException>(() => session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("link")));
        Assert.Equal(1, (await Fixture.Store.GetHeadAsync("session/s-1", TestContext.Current.CancellationToken))!.Version);
    }

    [Fact]
    public async Task endless_conflicts_end_in_a_contended_rejection_after_the_retry_bound()
    {
        var store = new FaultyStore(Fixture.Store);
        await using var node = new Node(store, Fixture.Time, o => o.MaxConflictRetries = 3);
        var session = await ScheduledAsync(node, "s-1");
        store.AlwaysConflict = true;
        var before = store.Appends;

        var result = await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("link"));

        Assert.Equal(GrainRejections.Contended, result.Rejection?.Code);
        Assert.Equal(4, store.Appends - before);
    }

    [Fact]
    public async Task an_idle_activation_is_collected_and_comes_back_from_the_log()
    {
        await using var node = new Node(Fixture.Store, Fixture.Time, o => (o.IdleTimeout, o.CollectionInterval) = (TimeSpan.FromMinutes(10), TimeSpan.FromDays(1)));
        var session = await ScheduledAsync(node, "s-1");
        await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), new CommandContext("link"));
        Assert.Equal(1, node.Catalog.ActivationCount);

        Fixture.Time.Advance(TimeSpan.FromMinutes(11));
        var collected = await node.Catalog.CollectIdleAsync();

        Assert.Equal(1, collected);
        Assert.Equal(0, node.Catalog.ActivationCount);
        var snapshot = await session.GetSnapshotAsync();
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(["site-nb"], snapshot.State.RemoteSiteIds);
    }

    [Fact]
    public async Task the_collector_runs_by_itself_every_collection_interval()
    {
        await using var node = new Node(Fixture.Store, Fixture.Time, o => (o.IdleTimeout, o.CollectionInterval) = (TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)));
        await ScheduledAsync(node, "s-1");

        for (var minute = 0; minute < 12 && node.Catalog.ActivationCount > 0; minute++)
        {
            Fixture.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20, TestContext.Current.CancellationToken); // the timer callback runs on the thread pool
        }

        Assert.Equal(0, node.Catalog.ActivationCount);
    }

    [Fact]
    public async Task a_recently_used_activation_is_not_collected()
    {
        await using var node = new Node(Fixture.Store, Fixture.Time, o => o.IdleTimeout = TimeSpan.FromMinutes(10));
        await ScheduledAsync(node, "s-1");

        Fixture.Time.Advance(TimeSpan.FromMinutes(9));

        Assert.Equal(0, await node.Catalog.CollectIdleAsync());
        Assert.Equal(1, node.Catalog.ActivationCount);
    }

    [Fact]
    public async Task the_activation_count_is_published_as_a_metric()
    {
        await using var node = NewNode();
        await ScheduledAsync(node, "s-1");
        await ScheduledAsync(node, "s-2");
        var observed = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "RemoteEvaluation" && instrument.Name == "remote_evaluation.grain.activations")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => observed.Add(value));
        listener.Start();

        listener.RecordObservableInstruments();

        Assert.Contains(2, observed);
    }

    private async Task<ISessionGrain> ScheduledAsync(Node node, string id)
    {
        var session = node.Grains.GetGrain<ISessionGrain>(id);
        var result = await session.ExecuteAsync(
            HostCommands.Schedule(Fixture.Time),
            new CommandContext($"schedule-{id}"));
        Assert.True(result.Accepted, result.Rejection?.ToString());
        return session;
    }
}

public sealed class RuntimeTests_on_SQLite : RuntimeTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class RuntimeTests_on_PostgreSQL : RuntimeTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
