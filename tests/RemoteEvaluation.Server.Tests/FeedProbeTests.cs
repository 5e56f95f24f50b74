using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace RemoteEvaluation.Server.Tests;

public sealed class FeedProbeTests
{
    [Fact]
    public async Task the_feed_probe_is_off_unless_switched_on()
    {
        await using var server = new ServerFactory();

        var response = await server.CreateClient().PostAsync(new Uri("/diagnostics/feed-probe", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task a_probe_sent_through_the_node_reaches_its_own_change_feed()
    {
        await using var server = new ServerFactory();
        var client = server.WithWebHostBuilder(b => b.UseSetting("Diagnostics:FeedProbe", "true").UseSetting("Node:Name", "node-a")).CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var waiting = client.GetAsync(new Uri("/diagnostics/feed-probe?stream=probe/node-a&after=0&timeoutMs=5000", UriKind.Relative), ct);
        var sent = await client.PostAsync(new Uri("/diagnostics/feed-probe", UriKind.Relative), null, ct);
        var received = await waiting;

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var body = await received.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(1, body.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task waiting_for_a_probe_that_never_comes_times_out_with_a_typed_problem()
    {
        await using var server = new ServerFactory();
        var client = server.WithWebHostBuilder(b => b.UseSetting("Diagnostics:FeedProbe", "true")).CreateClient();

        var response = await client.GetAsync(new Uri("/diagnostics/feed-probe?stream=probe/nobody&after=0&timeoutMs=200", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("probe.not_received", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
