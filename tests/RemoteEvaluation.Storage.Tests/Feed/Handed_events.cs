using Microsoft.Extensions.Logging.Abstractions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Tests.Vendors;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Storage.Tests.Feed;

/// <summary>
/// A follower takes the events an append on this node hands to the feed instead of reading them back, and reads the
/// log whenever what it was handed does not follow on from what it delivered.
/// </summary>
public sealed class Handed_events : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private SqliteStore sqlite = null!;
    private ReadCountingStore store = null!;
    private ChangeFeed feed = null!;

    public async ValueTask InitializeAsync()
    {
        sqlite = await SqliteStore.OpenAsync();
        store = new ReadCountingStore(sqlite.Store);
        feed = new ChangeFeed(store, NullLogger<ChangeFeed>.Instance); // notified by hand below, not by the store
    }

    public async ValueTask DisposeAsync()
    {
        await feed.DisposeAsync();
        await sqlite.DisposeAsync();
    }

    [Fact]
    public async Task events_that_follow_on_are_delivered_without_reading_the_log()
    {
        var (stream, received) = await FollowingFromStartAsync();

        var first = await AppendAsync(stream, 0, "a");
        var second = await AppendAsync(stream, 1, "b", "c");
        feed.Notify(first);
        feed.Notify(second);

        await received.WaitForAsync(3, Patience);
        Assert.Equal([1L, 2L, 3L], received.Versions);
        Assert.Equal(0, store.ReadsAfterStart);
    }

    [Fact]
    public async Task a_gap_in_what_was_handed_is_read_from_the_log()
    {
        var (stream, received) = await FollowingFromStartAsync();

        await AppendAsync(stream, 0, "a"); // as if appended on another node: never handed over
        var second = await AppendAsync(stream, 1, "b");
        feed.Notify(second);

        await received.WaitForAsync(2, Patience);
        Assert.Equal([1L, 2L], received.Versions);
        Assert.Equal(1, store.ReadsAfterStart);
    }

    [Fact]
    public async Task a_notification_from_another_node_is_read_from_the_log()
    {
        var (stream, received) = await FollowingFromStartAsync();

        var first = await AppendAsync(stream, 0, "a");
        feed.Notify(first with { Events = null });

        await received.WaitForAsync(1, Patience);
        Assert.Equal([1L], received.Versions);
        Assert.Equal(1, store.ReadsAfterStart);
    }

    [Fact]
    public async Task an_append_from_another_node_is_read_once_for_every_follower_and_subscriber_here()
    {
        var stream = $"session/{Guid.NewGuid():N}";
        var followers = Enumerable.Range(0, 3).Select(_ => new ReceivedEvents()).ToList();
        followers.ForEach(f => feed.Follow(stream, 0, f.Handler));
        var deadline = DateTime.UtcNow + Patience;
        while (store.Reads < followers.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "The followers never made their first reads.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var handedToSubscriber = new TaskCompletionSource<StreamAppended>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = feed.Subscribe(appended =>
        {
            if (appended.StreamId == stream && appended.Version == 2)
            {
                handedToSubscriber.TrySetResult(appended);
            }

            return ValueTask.CompletedTask;
        });
        feed.Notify(await AppendAsync(stream, 0, "a")); // made here: the feed now knows the head
        await Task.WhenAll(followers.Select(f => f.WaitForAsync(1, Patience)));
        store.StartCounting();

        var fromElsewhere = await AppendAsync(stream, 1, "b");
        feed.Notify(fromElsewhere with { Events = null });

        await Task.WhenAll(followers.Select(f => f.WaitForAsync(2, Patience)));
        var subscriberGot = await handedToSubscriber.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.All(followers, f => Assert.Equal([1L, 2L], f.Versions));
        Assert.Equal([2L], subscriberGot.Events!.Select(e => e.Version));
        Assert.Equal(1, store.ReadsAfterStart);
    }

    [Fact]
    public async Task events_handed_twice_are_delivered_once()
    {
        var (stream, received) = await FollowingFromStartAsync();

        var first = await AppendAsync(stream, 0, "a");
        feed.Notify(first);
        feed.Notify(first);
        var second = await AppendAsync(stream, 1, "b");
        feed.Notify(second);

        await received.WaitForAsync(2, Patience);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Equal([1L, 2L], received.Versions);
    }

    /// <summary>A follower from version 0 whose first read (of an empty stream) is done.</summary>
    private async Task<(string Stream, ReceivedEvents Received)> FollowingFromStartAsync()
    {
        var stream = $"session/{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        feed.Follow(stream, 0, received.Handler);
        var deadline = DateTime.UtcNow + Patience;
        while (store.Reads == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The follower never made its first read.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        store.StartCounting();
        return (stream, received);
    }

    /// <summary>Appends through the real store, and answers the notification it handed over with its events.</summary>
    private async Task<StreamAppended> AppendAsync(string stream, long expectedVersion, params string[] bodies)
    {
        var heard = new TaskCompletionSource<StreamAppended>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = sqlite.Feed.Subscribe(appended =>
        {
            if (appended.StreamId == stream)
            {
                heard.TrySetResult(appended);
            }

            return ValueTask.CompletedTask;
        });
        var events = bodies.Select(b => new NewEvent("test.happened", System.Text.Encoding.UTF8.GetBytes($$"""{"value":"{{b}}"}"""), "{}"u8.ToArray())).ToList();
        Assert.IsType<AppendResult.Appended>(await sqlite.Store.AppendAsync(stream, expectedVersion, events, cancellationToken: TestContext.Current.CancellationToken));
        return await heard.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }
}
