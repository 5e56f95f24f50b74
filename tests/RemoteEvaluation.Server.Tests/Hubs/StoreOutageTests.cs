using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Storage.Sqlite;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// The event database failing underneath the hub (a restart, a failover) for longer than the grain's own retries: clients
/// get the retriable <see cref="StoreRejections.Unavailable"/>, and <see cref="CommandRetry"/> sends the same command id
/// again until it lands, once.
/// </summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private const string SessionId = "hub-store-outage";
    private const string Stream = "session/" + SessionId;
    private FaultyStore store = null!;
    private LiveServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = LiveServer.Start(testServices: services =>
        {
            services.AddSingleton(sp => new FaultyStore(sp.GetRequiredService<SqliteEventStore>()));
            services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<FaultyStore>());
            // One quick grain retry, so the outage outlasts it without a slow test.
            services.Configure<GrainRuntimeOptions>(o => o.MaxTransientRetries = 1);
        });
        store = server.Services.GetRequiredService<FaultyStore>();
        await LiveSession.ScoringAsync(server.Grains, SessionId);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task a_command_during_an_outage_is_refused_with_the_retriable_store_unavailable_and_changes_nothing()
    {
        await using var expert = await server.ConnectAsync("e2", SessionId);
        var before = await HeadAsync();
        store.Down = true;

        var refused = await expert.RefusedAsync("SubmitScoreSheet", SessionId, "sheet-outage", "e2", "bidder-alpha", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8));

        Assert.Equal(StoreRejections.Unavailable, refused.Code);
        Assert.True(refused.Retriable);
        store.Down = false;
        Assert.Equal(before, await HeadAsync());
    }

    [Fact]
    public async Task the_client_retries_through_an_outage_with_the_same_command_id_and_the_command_is_recorded_once()
    {
        await using var expert = await server.ConnectAsync("e2", SessionId);
        var failures = new List<string>();
        var retry = new CommandRetry(expert.Connection, new CommandRetryOptions
        {
            Delay = TimeSpan.FromMilliseconds(10),
            OnRetry = failure =>
            {
                failures.Add(((HubInvocationException)failure).Code);
                store.Down = false; // the database is back after the first refusal
            },
        });
        store.Down = true;

        var ack = await retry.InvokeAsync<CommandAck>("SubmitScoreSheet", ["hub-store-outage", "sheet-retried", "e2", "bidder-beta", PartKind.Technical, Specs.Sheet(PartKind.Technical, 7)], Wire.Cancel).Within();

        Assert.Equal([StoreRejections.Unavailable], failures);
        Assert.False(ack.Duplicate);
        Assert.Equal(1, await CountAsync("sheet-retried"));
    }

    [Fact]
    public async Task the_client_does_not_retry_a_final_refusal()
    {
        await using var host = await server.ConnectAsync("host.hz", SessionId);
        var retries = 0;
        var retry = new CommandRetry(host.Connection, new CommandRetryOptions { Delay = TimeSpan.FromMilliseconds(10), OnRetry = _ => retries++ });

        var refused = await Assert.ThrowsAsync<HubInvocationException>(() => retry.InvokeAsync<CommandAck>("OpenSession", [SessionId, "open-again"], Wire.Cancel).Within());

        Assert.Equal(SessionRejections.WrongPhase, refused.Code);
        Assert.Equal(0, retries);
    }

    private async Task<long> HeadAsync() => (await server.Store.GetHeadAsync(Stream, Wire.Cancel))!.Version;

    private async Task<int> CountAsync(string commandId)
    {
        var count = 0;
        await foreach (var e in server.Store.ReadStreamAsync(Stream, 0, Wire.Cancel))
        {
            if (JsonDocument.Parse(e.Metadata).RootElement.GetProperty("commandId").GetString() == commandId)
            {
                count++;
            }
        }

        return count;
    }
}
