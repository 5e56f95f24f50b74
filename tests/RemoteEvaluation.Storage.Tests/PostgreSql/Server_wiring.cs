using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Storage.Tests.Feed;
using RemoteEvaluation.Storage.Tests.Vendors;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

/// <summary>The few lines the server uses, in a generic host: schema on start, a listening feed, a clean stop.</summary>
[Collection(nameof(TimingSensitive))]
public sealed class Server_wiring
{
    [Fact]
    public async Task a_host_with_the_postgresql_event_store_migrates_a_fresh_database_listens_and_stops_cleanly()
    {
        var connectionString = await PostgreSqlTestDatabase.CreateEmptyAsync();
        var builder = Host.CreateApplicationBuilder();
        // As the server binds it: options built from the container.
        builder.Services.AddSingleton(new Limits.EventStoreLimits { MaxEventsPerAppend = 7 });
        builder.Services.AddPostgreSqlEventStore(connectionString, sp => PostgreSqlStore.TestOptions() with { Limits = sp.GetRequiredService<Limits.EventStoreLimits>() });
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        var store = host.Services.GetRequiredService<IEventStore>();
        var feed = host.Services.GetRequiredService<IChangeFeed>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!feed.IsListening && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.True(feed.IsListening);
        await host.Services.GetRequiredService<PostgreSqlStorage>().ProbeAsync(TestContext.Current.CancellationToken);
        var stream = $"session/{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        using (feed.Follow(stream, 0, received.Handler))
        {
            var result = await store.AppendAsync(stream, 0, [new NewEvent("test.wired", Encoding.UTF8.GetBytes("{}"))], cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(new AppendResult.Appended(1, 1, Duplicate: false), result);
            await received.WaitForAsync(1, TimeSpan.FromSeconds(1));
        }

        var tooMany = await store.AppendAsync(stream, 1, [.. Enumerable.Repeat(new NewEvent("test.wired", "{}"u8.ToArray()), 8)], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Limits.StoreErrors.TooManyEvents, Assert.IsType<AppendResult.Invalid>(tooMany).Code);

        await host.StopAsync(TestContext.Current.CancellationToken);
        Assert.False(feed.IsListening);
        await Assert.ThrowsAsync<TransientStoreException>(() => host.Services.GetRequiredService<PostgreSqlStorage>().ProbeAsync(TestContext.Current.CancellationToken));
    }
}
