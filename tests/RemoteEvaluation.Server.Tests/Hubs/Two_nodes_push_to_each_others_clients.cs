using System.Net.Http.Json;
using System.Text.Json;
using RemoteEvaluation.Client;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// Two server processes on one PostgreSQL database: a client joined on one node receives, in order, what is commanded
/// through the hub of the other, because every node follows the shared log. Polling is set to an hour so only the
/// database's notifications can deliver.
/// </summary>
public sealed class Two_nodes_push_to_each_others_clients : IAsyncLifetime
{
    private readonly List<HubClient> clients = [];
    private ServerProcess a = null!;
    private ServerProcess b = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await PostgreSqlTestDatabase.CreateEmptyAsync();
        var nodes = await Task.WhenAll(new[] { "node-a", "node-b" }.Select(name => ServerProcess.StartAsync(name, Settings(database, name), Wire.Cancel)));
        (a, b) = (nodes[0], nodes[1]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

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
    public async Task a_supervisor_on_one_node_follows_a_session_run_through_the_other()
    {
        const string sessionId = "two-nodes";
        var supervisor = await ConnectAsync(a, "supervisor");
        var host = await ConnectAsync(b, "host.hz");
        var joined = await supervisor.JoinAsync(sessionId);

        var scheduled = await host.SendAsync("ScheduleSession", sessionId, "schedule", "ZJ-2026-009", "Bridge repair", LiveSession.HostSite, DateTimeOffset.UtcNow.AddHours(2), 3_000_000m, null);
        var linked = await host.SendAsync("LinkRemoteSite", sessionId, "link-nb", LiveSession.NingboSite);
        await supervisor.AppliedThroughAsync(joined.Stream, linked.Version);

        Assert.Equal(0, joined.Version);
        Assert.Equal((1L, 2L), (scheduled.Version, linked.Version));
        Assert.Equal(["session.scheduled", "session.remote_site_linked"], supervisor.Applied.Select(e => e.Type));
        Assert.Equal("Bridge repair", supervisor.Applied[0].Data.GetProperty("projectName").GetString());
    }

    private async Task<HubClient> ConnectAsync(ServerProcess node, string username)
    {
        var response = await node.Http.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026" }, Wire.Cancel);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Wire.Cancel)).GetProperty("accessToken").GetString();
        var client = await HubClient.ConnectAsync(new Uri(node.Address, "/hubs/evaluation"), token);
        clients.Add(client);
        return client;
    }

    private static Dictionary<string, string> Settings(string database, string name) => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["ConnectionStrings:Events"] = database,
        ["Storage:FeedPollInterval"] = "01:00:00",
        ["Storage:PostgreSql:Listener:ApplicationName"] = $"re-listener-{name}",
        ["Demo:Seed"] = "true",
        ["Demo:LoadProvince"] = "false",
    };
}
