using RemoteEvaluation.Client.Tests.Server;

namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class KeepAliveTests
{
    [Fact]
    public async Task The_client_pings_on_its_interval()
    {
        await using var server = await HubTestServer.StartAsync();
        await using var connection = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = server.SilentUrl,
            KeepAliveInterval = TimeSpan.FromMilliseconds(200),
            ServerTimeout = TimeSpan.FromSeconds(60),
        });

        await server.Silent.PingsReached(3).Within();

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task A_silent_server_is_given_up_on_after_the_server_timeout()
    {
        await using var server = await HubTestServer.StartAsync();
        var closed = new TaskCompletionSource<HubConnectionEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await TestClients.ConnectAsync(new HubConnectionOptions
        {
            Url = server.SilentUrl,
            KeepAliveInterval = TimeSpan.FromMilliseconds(200),
            ServerTimeout = TimeSpan.FromSeconds(1),
            ShouldReconnect = (_, _) => ValueTask.FromResult(false),
        });
        connection.Closed += (_, args) => closed.TrySetResult(args);

        var pending = connection.InvokeAsync("Anything", [], TestContext.Current.CancellationToken);
        var args = await closed.Task.Within();

        Assert.IsType<TimeoutException>(args.Error);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        var lost = await Assert.ThrowsAsync<HubDisconnectedException>(() => pending).Within();
        Assert.True(lost.MayHaveReachedServer);
    }

    [Fact]
    public async Task Pings_both_ways_keep_an_idle_connection_open_past_both_timeouts()
    {
        // The server pings about once a second (its timer ticks at 1 s) and, once it has had a first ping
        // from the client, drops a client it has not heard from for 2 s; the client gives up on a server
        // silent for 2 s and pings every 300 ms. Six idle seconds outlast both timeouts several times.
        // (That the client keeps pinging is shown by The_client_pings_on_its_interval.)
        await using var server = await HubTestServer.StartAsync(keepAlive: TimeSpan.FromMilliseconds(300), clientTimeout: TimeSpan.FromSeconds(2));
        var options = new HubConnectionOptions
        {
            Url = server.HubUrl,
            KeepAliveInterval = TimeSpan.FromMilliseconds(300),
            ServerTimeout = TimeSpan.FromSeconds(2),
        };
        await using var connection = await TestClients.ConnectAsync(options);
        var interruptions = 0;
        connection.Reconnecting += (_, _) => Interlocked.Increment(ref interruptions);
        var before = await connection.InvokeAsync<string>("WhoAmI", [], TestContext.Current.CancellationToken).Within();

        // Idle time is the point of this test: nothing can be awaited instead of it.
        await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken);

        var after = await connection.InvokeAsync<string>("WhoAmI", [], TestContext.Current.CancellationToken).Within();
        Assert.Equal(before, after);
        Assert.Equal(0, Volatile.Read(ref interruptions));
        Assert.Equal(1, server.Connections.Count);
    }
}
