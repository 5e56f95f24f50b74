using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Tests.Feed;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class ChangeFeedContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task a_follower_receives_every_later_event_once_and_in_order()
    {
        var stream = NewStream();
        var received = new ReceivedEvents();
        using var follow = Vendor.Feed.Follow(stream, 0, received.Handler);

        await AppendOkAsync(stream, 0, "a");
        await AppendOkAsync(stream, 1, "b", "c");
        await AppendOkAsync(stream, 3, "d");
        await AppendOkAsync(stream, 4, "e", "f", "g");

        await received.WaitForAsync(7, Patience);
        await SettleAsync();
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], received.Versions);
        Assert.Equal("""{"value":"g"}""", received.Bodies[^1]);
    }

    [Fact]
    public async Task an_append_made_here_hands_the_feed_its_events_exactly_as_stored()
    {
        var stream = NewStream();
        var heard = new TaskCompletionSource<StreamAppended>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Vendor.Feed.Subscribe(appended =>
        {
            if (appended.StreamId == stream)
            {
                heard.TrySetResult(appended);
            }

            return ValueTask.CompletedTask;
        });

        await Store.AppendAsync(stream, 0, Events("a", "b"), "command-1", TestContext.Current.CancellationToken);

        var handed = await heard.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        var stored = await ReadAllAsync(stream);
        Assert.NotNull(handed.Events);
        Assert.Equal(2, stored.Count);
        Assert.Equal(stored.Select(Describe), handed.Events.Select(Describe));
    }

    /// <summary>Every field, bytes as hex, so that two events compare by content.</summary>
    private static string Describe(StoredEvent e) => string.Join(
        '|',
        e.StreamId,
        e.Version,
        e.Type,
        Convert.ToHexString(e.Data.Span),
        Convert.ToHexString(e.Metadata.Span),
        e.RecordedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        e.CommandId,
        Convert.ToHexString(e.PreviousHash.Span),
        Convert.ToHexString(e.Hash.Span));

    [Fact]
    public async Task events_appended_before_follow_are_delivered()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a", "b", "c");
        var received = new ReceivedEvents();

        using var follow = Vendor.Feed.Follow(stream, 0, received.Handler);

        await received.WaitForAsync(3, Patience);
        await SettleAsync();
        Assert.Equal([1L, 2L, 3L], received.Versions);
    }

    [Fact]
    public async Task a_follower_started_mid_stream_gets_only_later_events()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a", "b", "c", "d", "e");
        var received = new ReceivedEvents();

        using var follow = Vendor.Feed.Follow(stream, 3, received.Handler);
        await AppendOkAsync(stream, 5, "f", "g");

        await received.WaitForAsync(4, Patience);
        await SettleAsync();
        Assert.Equal([4L, 5L, 6L, 7L], received.Versions);
    }

    [Fact]
    public async Task disposing_a_follow_stops_delivery()
    {
        var stream = NewStream();
        var received = new ReceivedEvents();
        var follow = Vendor.Feed.Follow(stream, 0, received.Handler);
        await AppendOkAsync(stream, 0, "a");
        await received.WaitForAsync(1, Patience);

        follow.Dispose();
        await AppendOkAsync(stream, 1, "b", "c");

        await SettleAsync();
        Assert.Equal([1L], received.Versions);
    }

    [Fact]
    public async Task disposing_a_follow_twice_is_harmless()
    {
        var stream = NewStream();
        var received = new ReceivedEvents();
        var follow = Vendor.Feed.Follow(stream, 0, received.Handler);
        await AppendOkAsync(stream, 0, "a");
        await received.WaitForAsync(1, Patience);
        follow.Dispose();
        await SettleAsync(); // the follower's loop has ended and released what it held

        var second = Record.Exception(follow.Dispose);

        Assert.Null(second);
    }

    [Fact]
    public async Task followers_of_other_streams_receive_only_their_own()
    {
        var (one, two) = (NewStream(), NewStream());
        var (first, second) = (new ReceivedEvents(), new ReceivedEvents());
        using var followOne = Vendor.Feed.Follow(one, 0, first.Handler);
        using var followTwo = Vendor.Feed.Follow(two, 0, second.Handler);

        await AppendOkAsync(one, 0, "a", "b");
        await AppendOkAsync(two, 0, "x");

        await first.WaitForAsync(2, Patience);
        await second.WaitForAsync(1, Patience);
        await SettleAsync();
        Assert.Equal([1L, 2L], first.Versions);
        Assert.Equal(["""{"value":"x"}"""], second.Bodies);
    }

    /// <summary>Wakes every follower once more and gives them time: a duplicate or late event would show now.</summary>
    private async Task SettleAsync()
    {
        Vendor.Feed.CatchUpAll();
        await Task.Delay(250, TestContext.Current.CancellationToken);
    }
}

public sealed class ChangeFeed_on_SQLite : ChangeFeedContract<OnSqlite>;
