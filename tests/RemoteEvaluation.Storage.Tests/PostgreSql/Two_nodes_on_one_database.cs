using System.Diagnostics;
using System.Text;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Tests.Feed;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

/// <summary>
/// Two nodes, each with its own data source, store, feed and listener, on one database: what two
/// server processes behind a proxy are. Polling is off, so only NOTIFY and the reconnect catch-up move events.
/// </summary>
[Collection(nameof(TimingSensitive))]
public sealed class Two_nodes_on_one_database : IAsyncLifetime
{
    private PostgreSqlStore? a;
    private PostgreSqlStore? b;

    private PostgreSqlStore A => a!;

    private PostgreSqlStore B => b!;

    public async ValueTask InitializeAsync()
    {
        a = await PostgreSqlStore.OpenAsync();
        b = await PostgreSqlStore.OpenAsync(PostgreSqlStore.TestOptions() with
        {
            // A noticeable gap before reconnecting, so an append can land while B is deaf.
            Listener = PostgreSqlStore.TestOptions().Listener with
            {
                MinReconnectDelay = TimeSpan.FromSeconds(1.5),
                MaxReconnectDelay = TimeSpan.FromSeconds(1.5),
            },
        });
        await A.WaitUntilListeningAsync();
        await B.WaitUntilListeningAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (a is not null)
        {
            await a.DisposeAsync();
        }

        if (b is not null)
        {
            await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task an_append_through_one_node_reaches_a_follower_on_the_other_within_a_second()
    {
        var stream = $"session/{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        using var follow = B.Feed.Follow(stream, 0, received.Handler);
        await Task.Delay(100, TestContext.Current.CancellationToken); // let the follower's first (empty) read finish

        await AppendAsync(A, stream, 0, "hello");
        var clock = Stopwatch.StartNew(); // from the acknowledgement: the append's own latency is not the feed's
        await received.WaitForAsync(1, TimeSpan.FromSeconds(1));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(["""{"value":"hello"}"""], received.Bodies);
    }

    [Fact]
    public async Task after_its_backend_is_terminated_the_listener_reconnects_and_nothing_is_missed()
    {
        var stream = $"session/{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        using var follow = B.Feed.Follow(stream, 0, received.Handler);
        await AppendAsync(A, stream, 0, "before");
        await received.WaitForAsync(1, TimeSpan.FromSeconds(1));

        var terminated = await A.ScalarAsync(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1",
            B.Storage.Options.Listener.ApplicationName);
        Assert.Equal(1L, terminated);
        await WaitUntilAsync(() => !B.Feed.IsListening, "B's feed never noticed that its listener was gone");

        await AppendAsync(A, stream, 1, "during the gap");
        Assert.False(B.Feed.IsListening, "The append was meant to land while B was not listening.");

        await B.WaitUntilListeningAsync();
        await received.WaitForAsync(2, TimeSpan.FromSeconds(1));
        await AppendAsync(A, stream, 2, "after");
        await received.WaitForAsync(3, TimeSpan.FromSeconds(1));

        B.Feed.CatchUpAll();
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Equal([1L, 2L, 3L], received.Versions);
        Assert.Equal("""{"value":"during the gap"}""", received.Bodies[1]);
    }

    [Fact]
    public async Task a_malformed_notification_is_ignored_and_the_listener_keeps_listening()
    {
        var stream = $"session/{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        using var follow = B.Feed.Follow(stream, 0, received.Handler);

        foreach (var junk in new[] { "", "garbage", "12", "-1 session/x", "7 not a stream id", "x session/abc" })
        {
            await A.ExecuteAsync("SELECT pg_notify('re_events', $1)", junk);
        }

        await AppendAsync(A, stream, 0, "still heard");

        await received.WaitForAsync(1, TimeSpan.FromSeconds(1));
        Assert.True(B.Feed.IsListening);
    }

    [Fact]
    public async Task a_node_takes_its_own_appends_from_its_writer_and_drops_their_echo_from_listen()
    {
        var own = $"session/{Guid.NewGuid():N}";
        var marker = $"session/{Guid.NewGuid():N}";
        var heard = new System.Collections.Concurrent.ConcurrentQueue<StreamAppended>();
        using var subscription = A.Feed.Subscribe(appended =>
        {
            heard.Enqueue(appended);
            return ValueTask.CompletedTask;
        });

        for (var version = 0; version < 3; version++)
        {
            await AppendAsync(A, own, version, $"own-{version}");
        }

        // NOTIFY is delivered in commit order: once B's later append is heard, any echo of A's would have been too.
        await AppendAsync(B, marker, 0, "marker");
        await WaitUntilAsync(() => heard.Any(h => h.StreamId == marker), "B's append never reached A");

        Assert.Equal([(1L, true), (2L, true), (3L, true)], heard.Where(h => h.StreamId == own).Select(h => (h.Version, h.Events is not null)).Order());
    }

    private static async Task AppendAsync(PostgreSqlStore node, string stream, long expected, string body) =>
        Assert.IsType<AppendResult.Appended>(await node.Store.AppendAsync(
            stream, expected, [new NewEvent("test.happened", Encoding.UTF8.GetBytes($$"""{"value":"{{body}}"}"""))], cancellationToken: TestContext.Current.CancellationToken));

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
