using Npgsql;
using NpgsqlTypes;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>The append transaction.</summary>
public sealed partial class PostgreSqlEventStore
{
    public async Task<AppendResult> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        if (AppendValidator.Validate(limits, streamId, expectedVersion, events, commandId) is { } invalid)
        {
            return invalid;
        }

        NewEvent[] batch = [.. events];
        var result = await AppendOnceAsync(streamId, expectedVersion, batch, commandId, cancellationToken);
        if (result is AppendResult.Appended { Duplicate: false } appended)
        {
            // After the commit, outside the transaction's error handling: the append stands whatever a listener does.
            Appended?.Invoke(new StreamAppended(streamId, appended.LastVersion));
        }

        return result;
    }

    private async Task<AppendResult> AppendOnceAsync(
        string streamId, long expectedVersion, NewEvent[] batch, string? commandId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            return await AppendInTransactionAsync(connection, streamId, expectedVersion, batch, commandId, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgreSqlFaults.UniqueViolation && ex.ConstraintName == "events_pkey")
        {
            // The unique (stream_id, version) key caught a row the head did not know of (a head edited
            // by hand, or a writer that bypassed the lock): the same typed conflict as a stale version.
            await RollbackQuietlyAsync(connection);
            StorageLog.AppendHitUniqueKey(logger, streamId, expectedVersion);
            var head = await GetHeadAsync(streamId, cancellationToken);
            return new AppendResult.VersionConflict(streamId, expectedVersion, head?.Version ?? 0);
        }
        catch (Exception ex) when (PostgreSqlFaults.IsTransient(ex))
        {
            await RollbackQuietlyAsync(connection);
            throw PostgreSqlFaults.Wrap(ex);
        }
        catch
        {
            await RollbackQuietlyAsync(connection);
            throw;
        }
    }

    private async Task<AppendResult> AppendInTransactionAsync(
        NpgsqlConnection connection, string streamId, long expectedVersion, NewEvent[] events, string? commandId, CancellationToken cancellationToken)
    {
        var (version, lastHash, repeated) = await LockHeadAsync(connection, streamId, commandId, cancellationToken);
        if (repeated is not null || version != expectedVersion)
        {
            // Nothing was written but the placeholder head of a new stream; the rollback removes it.
            await RollbackQuietlyAsync(connection);
            return (AppendResult?)repeated ?? new AppendResult.VersionConflict(streamId, expectedVersion, version);
        }

        await using var write = new NpgsqlBatch(connection);
        var recordedAt = RecordedTime.Truncate(time.GetUtcNow());
        var micros = RecordedTime.ToMicros(recordedAt);
        ReadOnlyMemory<byte> previous = lastHash;
        var next = version;
        foreach (var e in events)
        {
            next++;
            var data = e.Data.ToArray();
            var metadata = e.Metadata.ToArray();
            var hash = HashChain.Compute(previous.Span, streamId, next, e.Type, micros, data, metadata);
            write.BatchCommands.Add(Command(
                """
                INSERT INTO events (stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """,
                Text(streamId),
                new NpgsqlParameter<long> { TypedValue = next },
                Text(e.Type),
                Bytes(data),
                Bytes(metadata),
                new NpgsqlParameter<DateTimeOffset> { TypedValue = recordedAt },
                new NpgsqlParameter<string?> { TypedValue = commandId, NpgsqlDbType = NpgsqlDbType.Text },
                Bytes(previous.ToArray()),
                Bytes(hash)));
            previous = hash;
        }

        write.BatchCommands.Add(Command(
            "UPDATE streams SET version = $2, last_hash = $3 WHERE stream_id = $1",
            Text(streamId),
            new NpgsqlParameter<long> { TypedValue = next },
            Bytes(previous.ToArray())));
        if (commandId is not null)
        {
            write.BatchCommands.Add(Command(
                "INSERT INTO commands (stream_id, command_id, first_version, last_version) VALUES ($1, $2, $3, $4)",
                Text(streamId),
                Text(commandId),
                new NpgsqlParameter<long> { TypedValue = version + 1 },
                new NpgsqlParameter<long> { TypedValue = next }));
        }

        // NOTIFY is transactional: it is delivered at COMMIT and never for a rolled-back append.
        write.BatchCommands.Add(Command("SELECT pg_notify($1, $2)", Text(Channel), Text(new StreamAppended(streamId, next).ToPayload())));
        write.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await write.ExecuteNonQueryAsync(cancellationToken);
        return new AppendResult.Appended(version + 1, next, Duplicate: false);
    }

    /// <summary>
    /// Opens the transaction and locks the stream head, creating a version-0 head for a new stream so
    /// that two first appends also queue on one row. The command id is read in a statement of its own,
    /// after the lock was granted: under READ COMMITTED that statement's snapshot sees the commands row
    /// of a writer that held the lock before us (a join in the locking statement would not).
    /// </summary>
    private static async Task<(long Version, byte[] LastHash, AppendResult.Appended? Repeated)> LockHeadAsync(
        NpgsqlConnection connection, string streamId, string? commandId, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        batch.BatchCommands.Add(Command(
            "INSERT INTO streams (stream_id, kind, version, last_hash) VALUES ($1, $2, 0, $3) ON CONFLICT (stream_id) DO NOTHING",
            Text(streamId),
            Text(StreamIds.KindOf(streamId)),
            Bytes(HashChain.Genesis.ToArray())));
        batch.BatchCommands.Add(Command("SELECT version, last_hash FROM streams WHERE stream_id = $1 FOR UPDATE", Text(streamId)));
        if (commandId is not null)
        {
            batch.BatchCommands.Add(Command(
                "SELECT first_version, last_version FROM commands WHERE stream_id = $1 AND command_id = $2",
                Text(streamId),
                Text(commandId)));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The head of stream '{streamId}' vanished while it was being locked.");
        }

        var version = reader.GetInt64(0);
        var lastHash = reader.GetFieldValue<byte[]>(1);
        AppendResult.Appended? repeated = null;
        if (commandId is not null && await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken))
        {
            repeated = new AppendResult.Appended(reader.GetInt64(0), reader.GetInt64(1), Duplicate: true);
        }

        return (version, lastHash, repeated);
    }

    /// <summary>
    /// Ends a transaction that will not commit. Npgsql would also roll back when the connection goes back
    /// to the pool, but saying so keeps the head lock no longer than needed.
    /// </summary>
    private static async Task RollbackQuietlyAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The connection broke or is busy failing: the server rolls the transaction back when it
            // closes, and Npgsql will not hand a broken connection out again. Never mask the first fault.
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<byte[]> Bytes(byte[] value) => new() { TypedValue = value };
}
