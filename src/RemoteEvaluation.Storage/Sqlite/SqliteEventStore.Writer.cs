using Microsoft.Data.Sqlite;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Writing;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>
/// The single writer: drains the queue, commits a batch, then answers every caller in it. It runs on a thread of its own
/// and calls SQLite synchronously (SQLite has no asynchronous I/O; the async methods block anyway): a writer queued
/// behind thread-pool work would add that wait to every append.
/// </summary>
public sealed partial class SqliteEventStore
{
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;
    private SqliteWriterStatements? statements;

    private void WriteLoop()
    {
        try
        {
            var batch = new List<PendingAppend>(MaxBatch);
            while (queue.NextBatch(batch))
            {
                WriteBatch(batch);
            }

            statements?.Dispose();
            stopped.TrySetResult();
        }
        catch (Exception ex)
        {
            stopped.TrySetException(ex);
        }
    }

    private void WriteBatch(List<PendingAppend> batch)
    {
        var results = new (Recorded? Result, Exception? Fault)[batch.Count];
        try
        {
            statements ??= SqliteWriterStatements.Open(connectionString);
            using var transaction = statements.Begin();
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = AppendInSavepoint(statements, transaction, batch[i]);
            }

            transaction.Commit();
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
            statements?.Dispose();
            statements = null;
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Fault is { } fault)
            {
                batch[i].Completion.TrySetException(fault);
                continue;
            }

            // The feed first: whoever hears of the append from its caller must find it known here.
            var recorded = results[i].Result!;
            if (recorded.Events is { } events)
            {
                AppendObservers.Notify(Appended, new StreamAppended(batch[i].StreamId, recorded.Appended.LastVersion) { Events = events }, logger);
            }

            batch[i].Completion.TrySetResult(recorded.Result);
        }

        checkpoints.Committed();
    }

    private (Recorded? Result, Exception? Fault) AppendInSavepoint(
        SqliteWriterStatements statements, SqliteTransaction transaction, PendingAppend pending)
    {
        statements.Savepoint(transaction);
        try
        {
            var recorded = Append(statements, transaction, pending);
            if (recorded.Events is not null)
            {
                statements.Release(transaction);
            }
            else
            {
                statements.RollbackToSavepoint(transaction);
            }

            return (recorded, null);
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode is UniqueConstraint or PrimaryKeyConstraint)
        {
            // The unique (stream_id, version) key caught a writer that slipped past the version check.
            statements.RollbackToSavepoint(transaction);
            var head = statements.ReadHead(transaction, pending.StreamId);
            return (new Recorded(new AppendResult.VersionConflict(pending.StreamId, pending.ExpectedVersion, head.Version), null), null);
        }
        catch (Exception ex) when (ex is not SqliteException sqlite || !SqliteFaults.IsTransient(sqlite))
        {
            statements.RollbackToSavepoint(transaction);
            return (null, ex);
        }
    }

    private Recorded Append(SqliteWriterStatements statements, SqliteTransaction transaction, PendingAppend pending)
    {
        if (pending.CommandId is not null && statements.ReadCommand(transaction, pending.StreamId, pending.CommandId) is { } earlier)
        {
            return new Recorded(earlier, null);
        }

        var head = statements.ReadHead(transaction, pending.StreamId);
        if (head.Version != pending.ExpectedVersion)
        {
            return new Recorded(new AppendResult.VersionConflict(pending.StreamId, pending.ExpectedVersion, head.Version), null);
        }

        var micros = RecordedTime.ToMicros(time.GetUtcNow());
        var recordedAt = RecordedTime.FromMicros(micros);
        var previous = head.LastHash;
        var version = head.Version;
        var events = new StoredEvent[pending.Events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var e = pending.Events[i];
            version++;
            var data = e.Data.ToArray();
            var metadata = e.Metadata.ToArray();
            var hash = HashChain.Compute(previous.Span, pending.StreamId, version, e.Type, micros, data, metadata);
            events[i] = new StoredEvent(pending.StreamId, version, e.Type, data, metadata, recordedAt, pending.CommandId, previous, hash);
            statements.InsertEvent(transaction, events[i], micros);
            previous = hash;
        }

        statements.MoveStream(transaction, pending.StreamId, StreamIds.KindOf(pending.StreamId), version, previous);
        if (pending.CommandId is not null)
        {
            statements.InsertCommand(transaction, pending.StreamId, pending.CommandId, head.Version + 1, version);
        }

        return new Recorded(new AppendResult.Appended(head.Version + 1, version, Duplicate: false), events);
    }

    /// <summary>An append's answer and, when it wrote, the events exactly as stored.</summary>
    private sealed record Recorded(AppendResult Result, StoredEvent[]? Events)
    {
        public AppendResult.Appended Appended => (AppendResult.Appended)Result;
    }
}
