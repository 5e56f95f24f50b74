using Microsoft.Data.Sqlite;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Writing;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>The single writer: drains the queue, commits a batch, then answers every caller in it.</summary>
public sealed partial class SqliteEventStore
{
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;
    private SqliteConnection? writeConnection;

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend>(MaxBatch);
        while (await queue.NextBatchAsync(batch))
        {
            await WriteBatchAsync(batch);
        }

        if (writeConnection is not null)
        {
            await writeConnection.DisposeAsync();
        }
    }

    private async Task WriteBatchAsync(List<PendingAppend> batch)
    {
        var results = new (AppendResult? Result, Exception? Fault)[batch.Count];
        try
        {
            writeConnection ??= await OpenWriterAsync();
            await using var transaction = writeConnection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = await AppendInSavepointAsync(writeConnection, transaction, batch[i]);
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex)
        {
            StorageLog.WriterBatchFailed(logger, batch.Count, ex);
            var fault = ex is SqliteException sqlite && SqliteFaults.IsTransient(sqlite)
                ? new TransientStoreException("The SQLite database is busy; nothing was written.", ex)
                : ex;
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(fault);
            }

            // Start the next batch on a fresh connection: this one may be in an unknown state.
            if (writeConnection is not null)
            {
                await writeConnection.DisposeAsync();
                writeConnection = null;
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Fault is { } fault)
            {
                batch[i].Completion.TrySetException(fault);
                continue;
            }

            var result = results[i].Result!;
            batch[i].Completion.TrySetResult(result);
            if (result is AppendResult.Appended { Duplicate: false } appended)
            {
                Appended?.Invoke(new StreamAppended(batch[i].StreamId, appended.LastVersion));
            }
        }
    }

    private async Task<SqliteConnection> OpenWriterAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        // FULL: a commit survives power loss, not only a killed process; group commit pays for it.
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<(AppendResult? Result, Exception? Fault)> AppendInSavepointAsync(
        SqliteConnection connection, SqliteTransaction transaction, PendingAppend pending)
    {
        const string savepoint = "append";
        await transaction.SaveAsync(savepoint);
        try
        {
            var result = await AppendAsync(connection, transaction, pending);
            if (result is AppendResult.Appended { Duplicate: false })
            {
                await transaction.ReleaseAsync(savepoint);
            }
            else
            {
                await transaction.RollbackAsync(savepoint);
            }

            return (result, null);
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode is UniqueConstraint or PrimaryKeyConstraint)
        {
            // The unique (stream_id, version) key caught a writer that slipped past the version check.
            await transaction.RollbackAsync(savepoint);
            var head = await ReadHeadAsync(connection, transaction, pending.StreamId);
            return (new AppendResult.VersionConflict(pending.StreamId, pending.ExpectedVersion, head.Version), null);
        }
        catch (Exception ex) when (ex is not SqliteException sqlite || !SqliteFaults.IsTransient(sqlite))
        {
            await transaction.RollbackAsync(savepoint);
            return (null, ex);
        }
    }

    private async Task<AppendResult> AppendAsync(SqliteConnection connection, SqliteTransaction transaction, PendingAppend pending)
    {
        if (pending.CommandId is not null && await ReadCommandAsync(connection, transaction, pending) is { } earlier)
        {
            return earlier;
        }

        var head = await ReadHeadAsync(connection, transaction, pending.StreamId);
        if (head.Version != pending.ExpectedVersion)
        {
            return new AppendResult.VersionConflict(pending.StreamId, pending.ExpectedVersion, head.Version);
        }

        var recordedAt = RecordedTime.ToMicros(time.GetUtcNow());
        var previous = head.LastHash;
        var version = head.Version;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO events (stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
            VALUES ($stream, $version, $type, $data, $metadata, $at, $command, $prev, $hash)
            """;
        var p = insert.Parameters;
        p.AddWithValue("$stream", pending.StreamId);
        var versionParameter = p.Add("$version", SqliteType.Integer);
        var typeParameter = p.Add("$type", SqliteType.Text);
        var dataParameter = p.Add("$data", SqliteType.Blob);
        var metadataParameter = p.Add("$metadata", SqliteType.Blob);
        p.AddWithValue("$at", recordedAt);
        p.AddWithValue("$command", (object?)pending.CommandId ?? DBNull.Value);
        var previousParameter = p.Add("$prev", SqliteType.Blob);
        var hashParameter = p.Add("$hash", SqliteType.Blob);
        foreach (var e in pending.Events)
        {
            version++;
            var data = e.Data.ToArray();
            var metadata = e.Metadata.ToArray();
            var hash = HashChain.Compute(previous.Span, pending.StreamId, version, e.Type, recordedAt, data, metadata);
            versionParameter.Value = version;
            typeParameter.Value = e.Type;
            dataParameter.Value = data;
            metadataParameter.Value = metadata;
            previousParameter.Value = previous.ToArray();
            hashParameter.Value = hash;
            await insert.ExecuteNonQueryAsync();
            previous = hash;
        }

        await using var move = connection.CreateCommand();
        move.Transaction = transaction;
        move.CommandText = """
            INSERT INTO streams (stream_id, kind, version, last_hash) VALUES ($stream, $kind, $version, $hash)
            ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_hash = excluded.last_hash;
            """;
        move.Parameters.AddWithValue("$stream", pending.StreamId);
        move.Parameters.AddWithValue("$kind", StreamIds.KindOf(pending.StreamId));
        move.Parameters.AddWithValue("$version", version);
        move.Parameters.AddWithValue("$hash", previous.ToArray());
        if (pending.CommandId is not null)
        {
            move.CommandText += "INSERT INTO commands (stream_id, command_id, first_version, last_version) VALUES ($stream, $command, $first, $version);";
            move.Parameters.AddWithValue("$command", pending.CommandId);
            move.Parameters.AddWithValue("$first", head.Version + 1);
        }

        await move.ExecuteNonQueryAsync();
        return new AppendResult.Appended(head.Version + 1, version, Duplicate: false);
    }

    private static async Task<AppendResult.Appended?> ReadCommandAsync(SqliteConnection connection, SqliteTransaction transaction, PendingAppend pending)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT first_version, last_version FROM commands WHERE stream_id = $stream AND command_id = $command";
        command.Parameters.AddWithValue("$stream", pending.StreamId);
        command.Parameters.AddWithValue("$command", pending.CommandId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new AppendResult.Appended(reader.GetInt64(0), reader.GetInt64(1), Duplicate: true) : null;
    }

    private static async Task<(long Version, ReadOnlyMemory<byte> LastHash)> ReadHeadAsync(
        SqliteConnection connection, SqliteTransaction transaction, string streamId)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, last_hash FROM streams WHERE stream_id = $stream";
        command.Parameters.AddWithValue("$stream", streamId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : (0, HashChain.Genesis);
    }
}
