using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Testing.Stores;

using static RemoteEvaluation.Grains.Tests.HostCommands;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>
/// A peek at a session is answered from memory when this node's feed has heard of nothing newer than the grain holds,
/// and read from the log otherwise; a snapshot always reads; a refusal is never given on a state that trails the log.
/// Two nodes share the store and its feed here, like two activations on one server.
/// </summary>
public abstract class SnapshotReadTests : GrainTest
{
    private ReadCountingStore store = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        store = new ReadCountingStore(Fixture.Store);

        // Until the listener is connected (and has caught up, forgetting every head), the feed vouches for nothing.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Fixture.Feed.IsListening)
        {
            Assert.True(DateTime.UtcNow < deadline, "the feed's listener never connected");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task a_peek_after_an_append_made_here_reads_nothing()
    {
        await using var node = Node();
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));
        await session.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), Context("c-2"));
        store.StartCounting();

        var snapshot = await session.PeekSnapshotAsync();

        Assert.Equal((2L, 0), (snapshot.Version, store.ReadsAfterStart));
    }

    [Fact]
    public async Task a_peek_reads_what_another_activation_appended_since()
    {
        await using var first = Node();
        await using var second = Node();
        await first.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));
        var there = second.Grains.GetGrain<ISessionGrain>("s-1");
        Assert.Equal(1, (await there.PeekSnapshotAsync()).Version);

        await first.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), Context("c-2"));

        Assert.Equal(["site-nb"], (await there.PeekSnapshotAsync()).State.RemoteSiteIds);
    }

    [Fact]
    public async Task after_the_feed_catches_up_all_streams_a_peek_reads_again()
    {
        await using var node = Node();
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));
        ((ChangeFeed)Fixture.Feed).CatchUpAll(); // what a gap in notifications (or the polling timer) does
        store.StartCounting();

        await session.PeekSnapshotAsync();

        Assert.Equal(1, store.ReadsAfterStart);
    }

    [Fact]
    public async Task without_a_feed_every_peek_reads_the_log()
    {
        await using var node = new Node(store, Fixture.Time);
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));
        store.StartCounting();

        await session.PeekSnapshotAsync();

        Assert.Equal(1, store.ReadsAfterStart);
    }

    [Fact]
    public async Task a_snapshot_reads_the_log_even_when_the_feed_heard_of_nothing_newer()
    {
        await using var node = Node();
        var session = node.Grains.GetGrain<ISessionGrain>("s-1");
        await session.ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));
        store.StartCounting();

        await session.GetSnapshotAsync();

        Assert.Equal(1, store.ReadsAfterStart);
    }

    [Fact]
    public async Task a_command_refused_on_a_state_the_log_has_moved_past_is_decided_again_on_what_was_written()
    {
        await using var here = Node();
        await using var elsewhere = Node();
        var stale = here.Grains.GetGrain<ISessionGrain>("s-1");
        Assert.Equal(0, (await stale.PeekSnapshotAsync()).Version); // activated before the session was scheduled
        await elsewhere.Grains.GetGrain<ISessionGrain>("s-1").ExecuteAsync(Schedule(Fixture.Time), Context("c-1"));

        var linked = await stale.ExecuteAsync(new LinkRemoteSite(Staff.Host, "site-nb"), Context("c-2"));

        Assert.Equal(CommandResult.Ok(2), linked);
    }

    private Node Node() => new(store, Fixture.Time, services: s => s.AddSingleton((IStreamHeads)Fixture.Feed));
}

public sealed class SnapshotReadTests_on_SQLite : SnapshotReadTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class SnapshotReadTests_on_PostgreSQL : SnapshotReadTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
