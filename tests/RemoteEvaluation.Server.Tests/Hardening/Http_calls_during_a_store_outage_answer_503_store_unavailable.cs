using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Hosting;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Storage.Sqlite;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>
/// The event database failing underneath an HTTP endpoint for longer than the grain's own retries: the caller gets 503
/// with <c>Retry-After</c> and the problem document titled <see cref="StoreRejections.Unavailable"/>, as hubs answer it,
/// never a bare 500; nothing is recorded, and the same request succeeds once the database is back.
/// </summary>
public sealed class Http_calls_during_a_store_outage_answer_503_store_unavailable : IAsyncLifetime
{
    private ServerFactory server = null!;
    private FaultyStore store = null!;

    public ValueTask InitializeAsync()
    {
        server = new ServerFactory
        {
            TestServices = services =>
            {
                services.AddSingleton(sp => new FaultyStore(sp.GetRequiredService<SqliteEventStore>()));
                services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<FaultyStore>());
                // One quick grain retry, so the outage outlasts it without a slow test.
                services.Configure<GrainRuntimeOptions>(o => o.MaxTransientRetries = 1);
            },
        };
        store = server.Services.GetRequiredService<FaultyStore>();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task registering_a_centre_during_an_outage_answers_503_with_retry_after_and_records_nothing()
    {
        var coordinator = await server.SignedInAsync("coordinator");
        var centre = new { siteId = "site-330400", name = "嘉兴市公共资源交易中心", region = "330400", level = "City" };
        store.Down = true;

        var refused = await coordinator.PostAsJsonAsync("/api/sites", centre, Api.Cancel);

        await AssertStoreUnavailableAsync(refused);
        store.Down = false;
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(new Uri("/api/sites/site-330400", UriKind.Relative), Api.Cancel)).StatusCode);
        Assert.True((await coordinator.PostAsJsonAsync("/api/sites", centre, Api.Cancel)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task disabling_an_account_during_an_outage_answers_503_with_retry_after_and_leaves_it_active()
    {
        var admin = await server.SignedInAsync("admin");
        store.Down = true;

        var refused = await admin.PostAsJsonAsync("/api/accounts/staff.wz/disable", new { reason = "left the centre" }, Api.Cancel);

        await AssertStoreUnavailableAsync(refused);
        store.Down = false;
        Assert.True((await server.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>("staff.wz").GetSnapshotAsync()).State.IsActive);
        Assert.True((await admin.PostAsJsonAsync("/api/accounts/staff.wz/disable", new { reason = "left the centre" }, Api.Cancel)).IsSuccessStatusCode);
    }

    private static async Task AssertStoreUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(StoreOutage.RetryAfter, response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StoreRejections.Unavailable, (await response.ProblemAsync()).Title);
    }
}
