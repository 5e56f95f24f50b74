using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.PostgreSql;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

/// <summary>Needs no server: nothing listens on port 1, so every connection is refused.</summary>
public sealed class An_unreachable_database
{
    private const string Refused = "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=3";

    [Fact]
    public async Task appends_and_reads_fail_as_transient_and_the_store_keeps_answering()
    {
        await using var dataSource = NpgsqlDataSource.Create(Refused);
        await using var store = new PostgreSqlEventStore(dataSource, new EventStoreLimits(), TimeProvider.System, NullLogger<PostgreSqlEventStore>.Instance);
        NewEvent[] one = [new NewEvent("test.happened", "{}"u8.ToArray())];

        // Twice: a fault must not stop the writer loop, or the second append would never be answered.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var append = store.AppendAsync("session/unreachable", 0, one, "cmd-1", TestContext.Current.CancellationToken);
            await Assert.ThrowsAsync<TransientStoreException>(() => append.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        }

        await Assert.ThrowsAsync<TransientStoreException>(() => store.GetHeadAsync("session/unreachable", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<TransientStoreException>(async () =>
        {
            await foreach (var e in store.ReadStreamAsync("session/unreachable", 0, TestContext.Current.CancellationToken))
            {
                Assert.Fail($"Read {e.Version} from nowhere.");
            }
        });
    }

    [Fact]
    public async Task the_listener_keeps_retrying_and_reports_that_it_is_not_listening()
    {
        await using var storage = PostgreSqlStorage.Create(Refused, new PostgreSqlStorageOptions
        {
            Listener = new PostgreSqlListenerOptions { MinReconnectDelay = TimeSpan.FromMilliseconds(20), MaxReconnectDelay = TimeSpan.FromMilliseconds(50) },
        });

        await storage.Listener.StartAsync(TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.False(storage.Feed.IsListening);
        Assert.False(storage.Listener.ExecuteTask!.IsCompleted, "The listener loop ended instead of retrying.");
        await storage.Listener.StopAsync(TestContext.Current.CancellationToken);
        Assert.True(storage.Listener.ExecuteTask!.IsCompletedSuccessfully);
    }
}
