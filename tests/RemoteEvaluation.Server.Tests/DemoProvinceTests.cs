using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Tests;

public sealed class DemoProvinceTests
{
    [Fact]
    public async Task the_first_start_of_the_embedded_default_loads_the_demo_province()
    {
        await using var server = new ServerFactory { LoadProvince = true };
        _ = server.CreateClient();
        var store = server.Services.GetRequiredService<IEventStore>();

        var sites = await store.ListStreamsAsync("site", cancellationToken: TestContext.Current.CancellationToken);
        var experts = await store.ListStreamsAsync("expert", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(11, sites.Count);
        Assert.Contains(sites, s => s.StreamId == "site/site-330100");
        Assert.True(experts.Count >= 300, $"{experts.Count} experts");
    }
}
