using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database: what one node appends reaches the other's change feed
/// within a second, also after the other's listener backend is ended with <c>pg_terminate_backend</c>.
/// Polling is set to an hour so that only notifications (and the catch-up after a reconnect) can deliver.
/// </summary>
public sealed class Two_server_processes_on_one_PostgreSQL : IAsyncLifetime
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private ServerProcess a = null!;
    private ServerProcess b = null!;
    private string database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await PostgreSqlTestDatabase.CreateEmptyAsync();
        var ct = TestContext.Current.CancellationToken;
        var starts = new[] { "node-a", "node-b" }.Select(name => ServerProcess.StartAsync(name, Settings(name), ct)).ToArray();
        var nodes = await Task.WhenAll(starts);
        (a, b) = (nodes[0], nodes[1]);
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
    public async Task an_event_appended_through_one_node_reaches_the_other_within_a_second()
    {
        var (version, latency) = await SendThroughAAndReceiveOnBAsync(after: 0);

        Assert.Equal(1, version);
        Assert.True(latency < Second, $"took {latency.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task after_the_listener_backend_is_terminated_the_node_reconnects_and_misses_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await SendThroughAAndReceiveOnBAsync(after: 0);

        Assert.Equal(1, await TerminateListenerOfAsync("node-b"));
        var sentDuringGap = await SendAsync(a);
        await b.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), ct);

        // The event appended while node b was deaf arrives by the catch-up after the reconnect…
        var caughtUp = await WaitOnAsync(b, after: sentDuringGap - 1, Second * 5);
        Assert.Equal(sentDuringGap, caughtUp);

        // …and the next one by notification again, within a second.
        var (version, latency) = await SendThroughAAndReceiveOnBAsync(after: sentDuringGap);
        Assert.Equal(sentDuringGap + 1, version);
        Assert.True(latency < Second, $"took {latency.TotalMilliseconds:F0} ms after the reconnect");
    }

    private Dictionary<string, string> Settings(string name) => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["ConnectionStrings:Events"] = database,
        ["Storage:FeedPollInterval"] = "01:00:00",
        ["Storage:PostgreSql:Listener:ApplicationName"] = $"re-listener-{name}",
        ["Storage:PostgreSql:Listener:MinReconnectDelay"] = "00:00:00.100",
        ["Storage:PostgreSql:Listener:MaxReconnectDelay"] = "00:00:01",
        ["Diagnostics:FeedProbe"] = "true",
        ["Demo:Seed"] = "false",
    };

    private async Task<(long Version, TimeSpan Latency)> SendThroughAAndReceiveOnBAsync(long after)
    {
        var waiting = WaitOnAsync(b, after, TimeSpan.FromSeconds(10));
        await Task.Delay(200, TestContext.Current.CancellationToken); // let node b subscribe before node a sends
        var clock = Stopwatch.StartNew();
        await SendAsync(a);
        var version = await waiting;
        return (version, clock.Elapsed);
    }

    private static async Task<long> SendAsync(ServerProcess node)
    {
        using var response = await node.Http.PostAsync(new Uri("/diagnostics/feed-probe", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("version").GetInt64();
    }

    private static async Task<long> WaitOnAsync(ServerProcess node, long after, TimeSpan timeout)
    {
        var uri = new Uri($"/diagnostics/feed-probe?stream=probe/node-a&after={after}&timeoutMs={(int)timeout.TotalMilliseconds}", UriKind.Relative);
        using var response = await node.Http.GetAsync(uri, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("version").GetInt64();
    }

    private async Task<int> TerminateListenerOfAsync(string node)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1) t", connection);
        command.Parameters.AddWithValue($"re-listener-{node}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
