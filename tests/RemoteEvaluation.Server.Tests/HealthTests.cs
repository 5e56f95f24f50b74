using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Server.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task live_answers_healthy_as_soon_as_the_process_runs()
    {
        await using var server = new ServerFactory();

        var response = await server.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ready_answers_healthy_when_the_database_answers()
    {
        await using var server = new ServerFactory();

        var response = await server.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ready_answers_unavailable_when_the_database_does_not()
    {
        await using var server = new ServerFactory();
        var probe = Substitute.For<IStorageProbe>();
        probe.ProbeAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("disk gone"));
        var client = server.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(probe))).CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task the_schema_is_applied_at_start_up()
    {
        await using var server = new ServerFactory();
        _ = server.CreateClient();

        Assert.True(File.Exists(server.DatabasePath));
    }
}
