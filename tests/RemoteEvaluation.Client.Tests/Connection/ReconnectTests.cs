using System.Collections.Concurrent;
using System.Diagnostics;
using RemoteEvaluation.Client.Tests.Server;

namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class ReconnectTests
{
    [Fact]
    public async Task A_connection_aborted_by_the_server_reconnects_and_resyncs()
    {
        await using var server = await HubTestServer.StartAsync();
        ConcurrentQueue<bool> resyncs = [];
        var reconnected = new TaskCompletionSource<HubConnectionEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reconnecting = new TaskCompletionSource<HubConnectionEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = TestClients.Options(server.HubUrl);
        await using var connection = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = options.Url,
            Backoff = options.Backoff,
            ShouldReconnect = (_, _) => ValueTask.FromResult(true),
            Resync = (_, afterReconnect, _) =>
            {
                resyncs.Enqueue(afterReconnect);
                return Task.CompletedTask;
            },
        });
        connection.Reconnecting += (_, args) => reconnecting.TrySetResult(args);
        connection.Reconnected += (_, args) => reconnected.TrySetResult(args);
        var first = await connection.InvokeAsync<string>("WhoAmI", [], TestContext.Current.CancellationToken).Within();

        await Assert.ThrowsAsync<HubDisconnectedException>(() => connection.InvokeAsync("AbortMe", [], TestContext.Current.CancellationToken)).Within();
        await reconnecting.Task.Within();
        var args = await reconnected.Task.Within();
        var second = await connection.InvokeAsync<string>("WhoAmI", [], TestContext.Current.CancellationToken).Within();

        Assert.NotEqual(first, second);
        Assert.True(args.Attempts >= 1);
        Assert.Equal([false, true], resyncs);
    }

    [Fact]
    public async Task While_the_server_is_down_attempts_back_off_until_it_is_back_on_the_same_port()
    {
        var log = new ScoreLog();
        var server = await HubTestServer.StartAsync(log: log);
        var port = server.Port;
        ConcurrentQueue<(int Number, long At)> attempts = [];
        var thirdAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var backoff = new ReconnectBackoff { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(400), Jitter = 0 };
        await using var connection = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = server.HubUrl,
            Backoff = backoff,
            ShouldReconnect = (attempt, _) =>
            {
                attempts.Enqueue((attempt.Number, Stopwatch.GetTimestamp()));
                if (attempt.Number == 3)
                {
                    thirdAttempt.TrySetResult();
                }

                return ValueTask.FromResult(true);
            },
        });
        connection.Reconnected += (_, _) => reconnected.TrySetResult();

        await server.DisposeAsync();
        await thirdAttempt.Task.Within();
        await using var restarted = await HubTestServer.StartAsync(port, log);
        await reconnected.Task.Within();

        Assert.Equal("back", await connection.InvokeAsync<string>("Echo", ["back"], TestContext.Current.CancellationToken).Within());
        var times = attempts.ToArray();
        for (var i = 1; i < Math.Min(times.Length, 3); i++)
        {
            // Attempt i waited at least its backoff delay before connecting and failing. Timers may fire a tick
            // (~15 ms on some kernels) before the stopwatch says the delay is over: that is not a missing backoff.
            var waited = Stopwatch.GetElapsedTime(times[i - 1].At, times[i].At);
            var tick = TimeSpan.FromMilliseconds(16);
            Assert.True(waited + tick >= backoff.DelayBefore(i, Random.Shared), $"attempt {i} waited only {waited}");
        }
    }

    [Fact]
    public async Task When_the_session_is_no_longer_open_the_client_stops_trying_and_closes()
    {
        await using var server = await HubTestServer.StartAsync();
        var closed = new TaskCompletionSource<HubConnectionEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = 0;
        var options = TestClients.Options(server.HubUrl);
        await using var connection = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = options.Url,
            Backoff = options.Backoff,
            ShouldReconnect = (_, _) => ValueTask.FromResult(Interlocked.Increment(ref asked) < 3),
        });
        connection.Closed += (_, args) => closed.TrySetResult(args);

        await server.DisposeAsync();
        var args = await closed.Task.Within();

        Assert.Equal(3, Volatile.Read(ref asked));
        Assert.NotNull(args.Error);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        await Assert.ThrowsAsync<HubDisconnectedException>(() => connection.WaitUntilConnectedAsync(TestContext.Current.CancellationToken)).Within();
    }

    [Fact]
    public async Task Without_a_session_predicate_a_server_close_that_disallows_reconnecting_is_final()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(server.HubUrl));
        var closed = new TaskCompletionSource<HubConnectionEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reconnecting = 0;
        connection.Reconnecting += (_, _) => Interlocked.Increment(ref reconnecting);
        connection.Closed += (_, args) => closed.TrySetResult(args);

        await Assert.ThrowsAsync<HubDisconnectedException>(() => connection.InvokeAsync("AbortMe", [], TestContext.Current.CancellationToken)).Within();
        var args = await closed.Task.Within();

        Assert.False(Assert.IsType<HubClosedByServerException>(args.Error).AllowReconnect);
        Assert.Equal(0, reconnecting);
    }

    [Fact]
    public async Task Starting_against_an_address_without_a_hub_fails_and_stays_disconnected()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var connection = new HubConnection(TestClients.Options(new Uri(server.HubUrl, "/hubs/nowhere")));

        var refused = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => connection.StartAsync(TestContext.Current.CancellationToken)).Within();

        Assert.Contains("404", refused.Message, StringComparison.Ordinal);

        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task Stopping_closes_without_reconnecting()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var connection = await TestClients.ConnectAsync(TestClients.Options(server.HubUrl));
        var reconnecting = 0;
        var closed = new TaskCompletionSource<HubConnectionEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Reconnecting += (_, _) => Interlocked.Increment(ref reconnecting);
        connection.Closed += (_, args) => closed.TrySetResult(args);

        await connection.StopAsync().Within();

        Assert.Null((await closed.Task.Within()).Error);
        Assert.Equal(0, reconnecting);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }
}
