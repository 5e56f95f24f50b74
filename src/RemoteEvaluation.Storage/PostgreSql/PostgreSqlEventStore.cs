using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Writing;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>
/// The event store on PostgreSQL, shared by several nodes. Appends are queued and committed by a writer
/// loop in batches (group commit), each batch one transaction in two round trips: the first locks the
/// heads of its streams and reads their command ids, the second writes the events, moves the heads,
/// records the commands, sends <c>pg_notify</c> and commits. Batching is what makes the notification
/// affordable: PostgreSQL serialises the commits of notifying transactions (a database-wide lock held
/// through the WAL flush), so one notifying transaction per append would cap the whole cluster at one
/// append per disk flush.
/// </summary>
public sealed partial class PostgreSqlEventStore : IEventStore, IAsyncDisposable
{
    /// <summary>The channel every append notifies, with <see cref="StreamAppended.ToPayload"/> as payload.</summary>
    public const string Channel = "re_events";

    private readonly NpgsqlDataSource dataSource;
    private readonly EventStoreLimits limits;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly AppendQueue queue;
    private readonly Task[] writers;

    /// <param name="writers">
    /// Writer loops, each committing its own batches on its own connection. More than one lets a batch
    /// be prepared while another is flushing; their commits still take turns on the notification lock.
    /// </param>
    public PostgreSqlEventStore(
        NpgsqlDataSource dataSource, EventStoreLimits limits, TimeProvider time, ILogger<PostgreSqlEventStore> logger, int writers = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        this.dataSource = dataSource;
        this.limits = limits;
        this.time = time;
        this.logger = logger;
        queue = new AppendQueue(limits, MaxBatchAppends, MaxBatchBytes);
        this.writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync))];
    }

    /// <summary>
    /// Called after each commit. Other nodes hear of the append through <c>LISTEN</c>; this lets the
    /// local change feed wake at once, and without waiting for the listener to reconnect.
    /// </summary>
    public Action<StreamAppended>? Appended { get; set; }

    /// <summary>The notifications of this store's own commits, which the listener need not pass on.</summary>
    internal OwnNotifications Own { get; } = new();

    public Task<AppendResult> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default) =>
        queue.AppendAsync(streamId, expectedVersion, events, commandId, cancellationToken);

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(
        string streamId, long afterVersion = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash
            FROM events WHERE stream_id = $1 AND version > $2 ORDER BY version
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterVersion });
        await using var reader = await GuardAsync(() => command.ExecuteReaderAsync(cancellationToken));
        while (await GuardAsync(() => reader.ReadAsync(cancellationToken)))
        {
            yield return new StoredEvent(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetFieldValue<byte[]>(3),
                reader.GetFieldValue<byte[]>(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetFieldValue<byte[]>(7),
                reader.GetFieldValue<byte[]>(8));
        }
    }

    public async Task<StreamHead?> GetHeadAsync(string streamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT stream_id, kind, version, last_hash FROM streams WHERE stream_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        await using var reader = await GuardAsync(() => command.ExecuteReaderAsync(cancellationToken));
        return await GuardAsync(() => reader.ReadAsync(cancellationToken)) ? ReadHead(reader) : null;
    }

    public async Task<IReadOnlyList<StreamHead>> ListStreamsAsync(
        string kind, string? afterStreamId = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // stream_id is COLLATE "C" in the schema: page order is byte order, as in SQLite.
        await using var command = new NpgsqlCommand(
            """
            SELECT stream_id, kind, version, last_hash FROM streams
            WHERE kind = $1 AND stream_id > $2 ORDER BY stream_id LIMIT $3
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = afterStreamId ?? string.Empty });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Math.Clamp(limit, 1, 10_000) });
        await using var reader = await GuardAsync(() => command.ExecuteReaderAsync(cancellationToken));
        var heads = new List<StreamHead>();
        while (await GuardAsync(() => reader.ReadAsync(cancellationToken)))
        {
            heads.Add(ReadHead(reader));
        }

        return heads;
    }

    public async Task<ChainVerification> VerifyAsync(string streamId, CancellationToken cancellationToken = default) =>
        await ChainVerifier.VerifyAsync(
            streamId, ReadStreamAsync(streamId, 0, cancellationToken), await GetHeadAsync(streamId, cancellationToken), cancellationToken);

    /// <summary>Lets queued appends finish, then stops the writer. Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Complete();
        await Task.WhenAll(writers);
    }

    private static StreamHead ReadHead(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<byte[]>(3));

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await GuardAsync(() => dataSource.OpenConnectionAsync(cancellationToken).AsTask());

    /// <summary>Runs one database call, turning its transient faults into <see cref="TransientStoreException"/>.</summary>
    private static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (PostgreSqlFaults.IsTransient(ex))
        {
            throw PostgreSqlFaults.Wrap(ex);
        }
    }
}
