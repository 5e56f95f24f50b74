using Microsoft.Extensions.Logging.Abstractions;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Feed;

/// <summary>What a node's feed knows of stream heads (<see cref="RemoteEvaluation.Grains.Persistence.IStreamHeads"/>): only what it heard, and nothing after a gap.</summary>
public sealed class Stream_heads : IAsyncLifetime
{
    private SqliteStore sqlite = null!;
    private ChangeFeed feed = null!;

    public async ValueTask InitializeAsync()
    {
        sqlite = await SqliteStore.OpenAsync();
        feed = new ChangeFeed(sqlite.Store, NullLogger<ChangeFeed>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await feed.DisposeAsync();
        await sqlite.DisposeAsync();
    }

    [Fact]
    public void a_stream_is_current_at_exactly_the_last_version_heard()
    {
        feed.Notify(new StreamAppended("session/s-1", 3));
        feed.Notify(new StreamAppended("session/s-1", 5));
        feed.Notify(new StreamAppended("session/s-1", 4)); // a late notification does not move the head back

        Assert.Equal([false, true, false], new long[] { 4, 5, 6 }.Select(v => feed.IsCurrent("session/s-1", v)));
    }

    [Fact]
    public void a_stream_never_heard_of_is_not_current()
    {
        Assert.False(feed.IsCurrent("session/s-2", 0));
    }

    [Fact]
    public void after_a_catch_up_of_all_streams_no_head_is_trusted()
    {
        feed.Notify(new StreamAppended("session/s-1", 5));

        feed.CatchUpAll();

        Assert.False(feed.IsCurrent("session/s-1", 5));
    }

    [Fact]
    public void while_the_feed_cannot_hear_other_nodes_no_head_is_trusted()
    {
        feed.Notify(new StreamAppended("session/s-1", 5));

        feed.Listening = () => false;

        Assert.False(feed.IsCurrent("session/s-1", 5));
    }
}
