using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Writing;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>
/// The event store on an embedded SQLite file. SQLite has one writer at a time, so appends go through
/// one writer loop that commits whatever is queued in a single transaction (group commit: one fsync
/// for many appends), each append inside its own savepoint so one failure never spoils the others.
/// Readers use their own pooled connections (WAL mode lets them run beside the writer).
/// </summary>
public sealed partial class SqliteEventStore : IEventStore, IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly string connectionString;
    private readonly EventStoreLimits limits;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly AppendQueue queue;
    private readonly Task writer;
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SqliteCheckpoints checkpoints;

    public SqliteEventStore(string connectionString, EventStoreLimits limits, TimeProvider time, ILogger<SqliteEventStore> logger)
    {
        this.connectionString = connectionString;
        this.limits = limits;
        this.time = time;
        this.logger = logger;
        queue = new AppendQueue(limits, MaxBatch);
        checkpoints = new SqliteCheckpoints(connectionString, logger);
        var thread = new Thread(WriteLoop) { IsBackground = true, Name = "SQLite writer" };
        thread.Start();
        writer = stopped.Task;
    }

    /// <summary>Called after each commit with the streams it moved; the in-process change feed hangs here.</summary>
    public Action<StreamAppended>? Appended { get; set; }

    public Task<AppendResult> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default) =>
        queue.AppendAsync(streamId, expectedVersion, events, commandId, cancellationToken);

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(
        string streamId, long afterVersion = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash
            FROM events WHERE stream_id = $stream AND version > $after ORDER BY version
            """;
        command.Parameters.AddWithValue("$stream", streamId);
        command.Parameters.AddWithValue("$after", afterVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoredEvent(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetString(2),
                (byte[])reader.GetValue(3),
                (byte[])reader.GetValue(4),
                RecordedTime.FromMicros(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                (byte[])reader.GetValue(7),
                (byte[])reader.GetValue(8));
        }
    }

    public async Task<StreamHead?> GetHeadAsync(string streamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream_id, kind, version, last_hash FROM streams WHERE stream_id = $stream";
        command.Parameters.AddWithValue("$stream", streamId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadHead(reader) : null;
    }

    public async Task<IReadOnlyList<StreamHead>> ListStreamsAsync(
        string kind, string? afterStreamId = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT stream_id, kind, version, last_hash FROM streams
            WHERE kind = $kind AND stream_id > $after ORDER BY stream_id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$after", afterStreamId ?? string.Empty);
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var heads = new List<StreamHead>();
        while (await reader.ReadAsync(cancellationToken))
        {
            heads.Add(ReadHead(reader));
        }

        return heads;
    }

    public async Task<ChainVerification> VerifyAsync(string streamId, CancellationToken cancellationToken = default) =>
        await ChainVerifier.VerifyAsync(
            streamId, ReadStreamAsync(streamId, 0, cancellationToken), await GetHeadAsync(streamId, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        queue.Complete();
        await writer;
        await checkpoints.DisposeAsync();
    }

    private static StreamHead ReadHead(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), (byte[])reader.GetValue(3));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException ex) when (SqliteFaults.IsTransient(ex))
        {
            await connection.DisposeAsync();
            throw new TransientStoreException("The SQLite database is busy.", ex);
        }
    }

}
