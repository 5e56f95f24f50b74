using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Blobs;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Storage.Tests.Vendors;

/// <summary>
/// One node on this run's PostgreSQL database: store, feed and a started listener, built the way the
/// server builds them. Tests share the database and keep apart by using fresh stream ids.
/// </summary>
public sealed class PostgreSqlStore : IStoreUnderTest
{
    private PostgreSqlStore(PostgreSqlStorage storage, string connectionString)
    {
        Storage = storage;
        ConnectionString = connectionString;
    }

    public PostgreSqlStorage Storage { get; }

    public string ConnectionString { get; }

    public string Provider => "PostgreSql";

    public IEventStore Store => Storage.Store;

    public ChangeFeed Feed => Storage.Feed;

    public IBlobStore Blobs => new PostgreSqlBlobStore(Storage.DataSource);

    public Task OverwriteBlobAsync(string sha256) => ExecuteAsync("UPDATE blobs SET content = '\\x00'::bytea WHERE sha256 = $1", sha256);

    public Task DeleteBlobAsync(string sha256) => ExecuteAsync("DELETE FROM blobs WHERE sha256 = $1", sha256);

    /// <summary>Test defaults: no polling (so a passing feed test proves the notifications), quick reconnects.</summary>
    public static PostgreSqlStorageOptions TestOptions() => new()
    {
        PollInterval = null,
        Listener = new PostgreSqlListenerOptions
        {
            ApplicationName = $"re-test-listener-{Guid.NewGuid():N}",
            MinReconnectDelay = TimeSpan.FromMilliseconds(100),
            MaxReconnectDelay = TimeSpan.FromSeconds(1),
        },
    };

    public static async Task<PostgreSqlStore> OpenAsync(PostgreSqlStorageOptions? options = null)
    {
        var connectionString = await PostgreSqlTestDatabase.RunDatabaseAsync();
        var storage = await PostgreSqlStorage.StartAsync(
            connectionString, options ?? TestOptions(), NullLoggerFactory.Instance, cancellationToken: TestContext.Current.CancellationToken);
        return new PostgreSqlStore(storage, connectionString);
    }

    public async Task CorruptDataAsync(string streamId, long version)
    {
        var data = Tampering.FlipOneByte((byte[])(await ScalarAsync("SELECT data FROM events WHERE stream_id = $1 AND version = $2", streamId, version))!);
        Assert.Equal(1, await ExecuteAsync("UPDATE events SET data = $3 WHERE stream_id = $1 AND version = $2", streamId, version, data));
    }

    public async Task DeleteEventAsync(string streamId, long version) =>
        Assert.Equal(1, await ExecuteAsync("DELETE FROM events WHERE stream_id = $1 AND version = $2", streamId, version));

    public async Task<long> CountRowsAsync(string streamId) =>
        (long)(await ScalarAsync("SELECT count(*) FROM events WHERE stream_id = $1", streamId))!;

    /// <summary>Runs SQL beside the store, as an operator with a database console would.</summary>
    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = Storage.DataSource.CreateCommand(sql);
        Add(command, parameters);
        return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var command = Storage.DataSource.CreateCommand(sql);
        Add(command, parameters);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Storage.Listener.IsListening)
        {
            Assert.True(DateTime.UtcNow < deadline, "The listener did not connect within 10 seconds.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => Storage.DisposeAsync();

    private static void Add(NpgsqlCommand command, object[] parameters)
    {
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
