using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Blobs;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Sqlite;

namespace RemoteEvaluation.Storage.Tests.Vendors;

/// <summary>A SQLite store on a fresh file in a temporary folder.</summary>
public sealed class SqliteStore : IStoreUnderTest
{
    private readonly string folder;
    private readonly SqliteEventStore store;

    private SqliteStore(string folder, string connectionString, EventStoreLimits limits, TimeProvider time)
    {
        this.folder = folder;
        ConnectionString = connectionString;
        store = new SqliteEventStore(connectionString, limits, time, NullLogger<SqliteEventStore>.Instance);
        Feed = new ChangeFeed(store, NullLogger<ChangeFeed>.Instance);
        store.Appended = Feed.Notify;
        Blobs = new SqliteBlobStore(connectionString, time);
    }

    public IBlobStore Blobs { get; }

    public string ConnectionString { get; }

    public string Provider => "Sqlite";

    public IEventStore Store => store;

    public ChangeFeed Feed { get; }

    public static async Task<SqliteStore> OpenAsync(EventStoreLimits? limits = null, TimeProvider? time = null)
    {
        var folder = Directory.CreateTempSubdirectory("re-sqlite-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "events.db"), Pooling = true }.ToString();
        await SqliteSchema.ApplyAsync(connectionString, NullLogger.Instance);
        return new SqliteStore(folder, connectionString, limits ?? new EventStoreLimits(), time ?? TimeProvider.System);
    }

    public async Task CorruptDataAsync(string streamId, long version)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT data FROM events WHERE stream_id = $s AND version = $v";
        read.Parameters.AddWithValue("$s", streamId);
        read.Parameters.AddWithValue("$v", version);
        var data = Tampering.FlipOneByte((byte[])(await read.ExecuteScalarAsync())!);
        await using var write = connection.CreateCommand();
        write.CommandText = "UPDATE events SET data = $d WHERE stream_id = $s AND version = $v";
        write.Parameters.AddWithValue("$d", data);
        write.Parameters.AddWithValue("$s", streamId);
        write.Parameters.AddWithValue("$v", version);
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }

    public Task DeleteEventAsync(string streamId, long version) =>
        ExecuteAsync("DELETE FROM events WHERE stream_id = $s AND version = $v", streamId, version);

    public Task OverwriteBlobAsync(string sha256) => ExecuteAsync("UPDATE blobs SET content = x'00' WHERE sha256 = $s", sha256);

    public Task DeleteBlobAsync(string sha256) => ExecuteAsync("DELETE FROM blobs WHERE sha256 = $s", sha256);

    public async Task<long> CountRowsAsync(string streamId)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events WHERE stream_id = $s";
        command.Parameters.AddWithValue("$s", streamId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await Feed.DisposeAsync();
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing; the temp folder is cleaned by the OS.
        }
    }

    private async Task ExecuteAsync(string sql, string sha256)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", sha256);
        await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteAsync(string sql, string streamId, long version)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", streamId);
        command.Parameters.AddWithValue("$v", version);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
