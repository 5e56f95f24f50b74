using Npgsql;
using NpgsqlTypes;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Writing;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>The writer loop: drains the queue, commits a batch in one transaction, then answers every caller in it.</summary>
public sealed partial class PostgreSqlEventStore
{
    private const int MaxBatchAppends = 256;
    private const long MaxBatchBytes = 4 * 1024 * 1024;

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend>(MaxBatchAppends);
        while (await queue.NextBatchAsync(batch))
        {
            await WriteBatchAsync(batch);
        }
    }

    /// <summary>Commits a batch and answers its callers. Never throws: the loop must outlive any fault.</summary>
    private async Task WriteBatchAsync(List<PendingAppend> batch)
    {
        Outcome[] outcomes;
        try
        {
            outcomes = await CommitAsync(batch);
        }
        catch (Exception ex)
        {
            StorageLog.WriterBatchFailed(logger, batch.Count, ex);
            var fault = PostgreSqlFaults.IsTransient(ex) ? PostgreSqlFaults.Wrap(ex) : ex;
            outcomes = [.. batch.Select(_ => new Outcome(null, fault))];
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Fault is { } fault)
            {
                batch[i].Completion.TrySetException(fault);
                continue;
            }

            // The feed first: whoever hears of the append from its caller must find it known here.
            var result = outcomes[i].Result!;
            if (result is AppendResult.Appended { Duplicate: false } appended)
            {
                AppendObservers.Notify(Appended, new StreamAppended(batch[i].StreamId, appended.LastVersion) { Events = outcomes[i].Events }, logger);
            }

            batch[i].Completion.TrySetResult(result);
        }
    }

    private async Task<Outcome[]> CommitAsync(List<PendingAppend> batch)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            try
            {
                return await TransactAsync(connection, batch);
            }
            catch
            {
                await RollbackQuietlyAsync(connection);
                throw;
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgreSqlFaults.UniqueViolation && ex.ConstraintName == "events_pkey")
        {
            if (batch.Count > 1)
            {
                return await OneByOneAsync(batch);
            }

            // The unique (stream_id, version) key caught a row the head did not know of (a head edited by
            // hand, or a writer that bypassed the lock): the same typed conflict as a stale version.
            StorageLog.AppendHitUniqueKey(logger, batch[0].StreamId, batch[0].ExpectedVersion);
            var head = await GetHeadAsync(batch[0].StreamId);
            return [new Outcome(new AppendResult.VersionConflict(batch[0].StreamId, batch[0].ExpectedVersion, head?.Version ?? 0), null)];
        }
        catch (Exception ex) when (PostgreSqlFaults.IsTransient(ex))
        {
            // The database is unreachable or busy: retrying appends one by one would only fail again.
            StorageLog.WriterBatchFailed(logger, batch.Count, ex);
            var fault = PostgreSqlFaults.Wrap(ex);
            return [.. batch.Select(_ => new Outcome(null, fault))];
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One append the database refused must not fail the others that shared its transaction.
            StorageLog.WriterBatchFailed(logger, batch.Count, ex);
            return await OneByOneAsync(batch);
        }
        catch (Exception ex)
        {
            return [new Outcome(null, ex)];
        }
    }

    private async Task<Outcome[]> OneByOneAsync(List<PendingAppend> batch)
    {
        var outcomes = new Outcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            outcomes[i] = (await CommitAsync([batch[i]]))[0];
        }

        return outcomes;
    }

    /// <summary>
    /// One transaction for the whole batch. The appends are decided in queue order against heads read
    /// under lock, so two appends of one stream in one batch behave as if they had come one after the other.
    /// </summary>
    private async Task<Outcome[]> TransactAsync(NpgsqlConnection connection, List<PendingAppend> batch)
    {
        var locked = await LockHeadsAsync(connection, batch);
        var recordedAt = RecordedTime.Truncate(time.GetUtcNow());
        var micros = RecordedTime.ToMicros(recordedAt);
        var rows = new EventRows();
        var moved = new Dictionary<string, (long Version, byte[] LastHash)>(StringComparer.Ordinal);
        var commands = new List<(string StreamId, string CommandId, long First, long Last)>();
        var outcomes = new Outcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            if (p.CommandId is { } id && locked.Commands.TryGetValue((p.StreamId, id), out var done))
            {
                outcomes[i] = new Outcome(new AppendResult.Appended(done.First, done.Last, Duplicate: true), null);
                continue;
            }

            var head = locked.Heads[p.StreamId];
            if (head.Version != p.ExpectedVersion)
            {
                outcomes[i] = new Outcome(new AppendResult.VersionConflict(p.StreamId, p.ExpectedVersion, head.Version), null);
                continue;
            }

            var (version, previous) = head;
            var stored = new StoredEvent[p.Events.Length];
            for (var j = 0; j < stored.Length; j++)
            {
                var e = p.Events[j];
                version++;
                var data = e.Data.ToArray();
                var metadata = e.Metadata.ToArray();
                var hash = HashChain.Compute(previous, p.StreamId, version, e.Type, micros, data, metadata);
                rows.Add(p.StreamId, version, e.Type, data, metadata, recordedAt, p.CommandId, previous, hash);
                stored[j] = new StoredEvent(p.StreamId, version, e.Type, data, metadata, recordedAt, p.CommandId, previous, hash);
                previous = hash;
            }

            locked.Heads[p.StreamId] = moved[p.StreamId] = (version, previous);
            if (p.CommandId is not null)
            {
                locked.Commands[(p.StreamId, p.CommandId)] = (head.Version + 1, version);
                commands.Add((p.StreamId, p.CommandId, head.Version + 1, version));
            }

            outcomes[i] = new Outcome(new AppendResult.Appended(head.Version + 1, version, Duplicate: false), null, stored);
        }

        if (moved.Count == 0)
        {
            // Only repeats and conflicts: nothing to write but the placeholder heads of new streams.
            await RollbackQuietlyAsync(connection);
            return outcomes;
        }

        await using var write = new NpgsqlBatch(connection);
        write.BatchCommands.Add(rows.ToInsert());
        write.BatchCommands.Add(Command(
            """
            UPDATE streams SET version = u.version, last_hash = u.last_hash
            FROM unnest($1::text[], $2::bigint[], $3::bytea[]) AS u(stream_id, version, last_hash)
            WHERE streams.stream_id = u.stream_id
            """,
            Array([.. moved.Keys]),
            Array([.. moved.Values.Select(m => m.Version)]),
            Array([.. moved.Values.Select(m => m.LastHash)])));
        if (commands.Count > 0)
        {
            write.BatchCommands.Add(Command(
                """
                INSERT INTO commands (stream_id, command_id, first_version, last_version)
                SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])
                """,
                Array([.. commands.Select(c => c.StreamId)]),
                Array([.. commands.Select(c => c.CommandId)]),
                Array([.. commands.Select(c => c.First)]),
                Array([.. commands.Select(c => c.Last)])));
        }

        // NOTIFY is transactional: delivered at COMMIT, never for a rolled-back append. One per stream moved.
        StreamAppended[] notices = [.. moved.Select(m => new StreamAppended(m.Key, m.Value.Version))];
        write.BatchCommands.Add(Command(
            "SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload",
            new NpgsqlParameter<string> { TypedValue = Channel },
            Array([.. notices.Select(n => n.ToPayload())])));
        write.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        Own.Expect(notices);
        try
        {
            await write.ExecuteNonQueryAsync();
        }
        catch
        {
            // Perhaps committed after all (a connection lost during COMMIT), its echo dropped: the feed reads to be sure.
            Own.Withdraw(notices);
            foreach (var notice in notices)
            {
                AppendObservers.Notify(Appended, notice, logger);
            }

            throw;
        }

        return outcomes;
    }

    /// <summary>
    /// Opens the transaction and locks the heads of the batch's streams in stream id order, so batches of
    /// different nodes never deadlock. A new stream gets a version-0 head first, so that two first appends
    /// also queue on one row. The command ids are read in a statement of their own, after the locks were
    /// granted: under READ COMMITTED that statement's snapshot sees the commands of a writer that held a
    /// lock before us (a join in the locking statement would not).
    /// </summary>
    private static async Task<LockedHeads> LockHeadsAsync(NpgsqlConnection connection, List<PendingAppend> batch)
    {
        string[] streams = [.. batch.Select(p => p.StreamId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        (string StreamId, string CommandId)[] commandIds = [.. batch.Where(p => p.CommandId is not null).Select(p => (p.StreamId, p.CommandId!)).Distinct()];
        await using var lockBatch = new NpgsqlBatch(connection);
        lockBatch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        lockBatch.BatchCommands.Add(Command(
            """
            INSERT INTO streams (stream_id, kind, version, last_hash)
            SELECT u.stream_id, u.kind, 0, $3 FROM unnest($1::text[], $2::text[]) AS u(stream_id, kind) ORDER BY u.stream_id
            ON CONFLICT (stream_id) DO NOTHING
            """,
            Array(streams),
            Array([.. streams.Select(StreamIds.KindOf)]),
            new NpgsqlParameter<byte[]> { TypedValue = HashChain.Genesis.ToArray() }));
        lockBatch.BatchCommands.Add(Command(
            "SELECT stream_id, version, last_hash FROM streams WHERE stream_id = ANY($1) ORDER BY stream_id FOR UPDATE",
            Array(streams)));
        if (commandIds.Length > 0)
        {
            lockBatch.BatchCommands.Add(Command(
                """
                SELECT c.stream_id, c.command_id, c.first_version, c.last_version
                FROM commands c JOIN unnest($1::text[], $2::text[]) AS u(stream_id, command_id)
                  ON c.stream_id = u.stream_id AND c.command_id = u.command_id
                """,
                Array([.. commandIds.Select(c => c.StreamId)]),
                Array([.. commandIds.Select(c => c.CommandId)])));
        }

        var locked = new LockedHeads();
        await using var reader = await lockBatch.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            locked.Heads[reader.GetString(0)] = (reader.GetInt64(1), reader.GetFieldValue<byte[]>(2));
        }

        if (locked.Heads.Count != streams.Length)
        {
            throw new InvalidOperationException("A stream head vanished while it was being locked.");
        }

        if (commandIds.Length > 0 && await reader.NextResultAsync())
        {
            while (await reader.ReadAsync())
            {
                locked.Commands[(reader.GetString(0), reader.GetString(1))] = (reader.GetInt64(2), reader.GetInt64(3));
            }
        }

        return locked;
    }

    /// <summary>
    /// Ends a transaction that will not commit. Npgsql would also roll back when the connection goes back
    /// to the pool, but saying so releases the head locks at once.
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
            // The connection broke: the server rolls the transaction back when it closes, and Npgsql will
            // not hand a broken connection out again. Never mask the first fault.
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<T[]> Array<T>(T[] values) => new() { TypedValue = values };

    /// <summary>An append's answer or fault, and when it wrote, its events exactly as stored (for this node's feed).</summary>
    private readonly record struct Outcome(AppendResult? Result, Exception? Fault, StoredEvent[]? Events = null);

    private sealed class LockedHeads
    {
        public Dictionary<string, (long Version, byte[] LastHash)> Heads { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string StreamId, string CommandId), (long First, long Last)> Commands { get; } = [];
    }

    /// <summary>The events of a batch as column arrays: one INSERT … SELECT FROM unnest(…) writes them all.</summary>
    private sealed class EventRows
    {
        private readonly List<string> streamIds = [];
        private readonly List<long> versions = [];
        private readonly List<string> types = [];
        private readonly List<byte[]> data = [];
        private readonly List<byte[]> metadata = [];
        private readonly List<DateTimeOffset> recordedAt = [];
        private readonly List<string?> commandIds = [];
        private readonly List<byte[]> previousHashes = [];
        private readonly List<byte[]> hashes = [];

        public void Add(string streamId, long version, string type, byte[] data, byte[] metadata, DateTimeOffset recordedAt, string? commandId, byte[] previousHash, byte[] hash)
        {
            streamIds.Add(streamId);
            versions.Add(version);
            types.Add(type);
            this.data.Add(data);
            this.metadata.Add(metadata);
            this.recordedAt.Add(recordedAt);
            commandIds.Add(commandId);
            previousHashes.Add(previousHash);
            hashes.Add(hash);
        }

        public NpgsqlBatchCommand ToInsert() => Command(
            """
            INSERT INTO events (stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bytea[], $5::bytea[], $6::timestamptz[], $7::text[], $8::bytea[], $9::bytea[])
            """,
            Array([.. streamIds]),
            Array([.. versions]),
            Array([.. types]),
            new NpgsqlParameter<byte[][]> { TypedValue = [.. data], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
            new NpgsqlParameter<byte[][]> { TypedValue = [.. metadata], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
            Array([.. recordedAt]),
            new NpgsqlParameter<string?[]> { TypedValue = [.. commandIds], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new NpgsqlParameter<byte[][]> { TypedValue = [.. previousHashes], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
            new NpgsqlParameter<byte[][]> { TypedValue = [.. hashes], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
    }
}
