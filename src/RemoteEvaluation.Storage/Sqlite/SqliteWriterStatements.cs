using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Chain;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>
/// The writer's connection and its statements, prepared once: SQLite compiles a statement per command object, and an
/// append runs seven of them, so compiling them for every append cost more than the append itself.
/// </summary>
internal sealed class SqliteWriterStatements : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand savepoint;
    private readonly SqliteCommand release;
    private readonly SqliteCommand rollbackToSavepoint;
    private readonly SqliteCommand readCommand;
    private readonly SqliteCommand readHead;
    private readonly SqliteCommand insertEvent;
    private readonly SqliteCommand moveStream;
    private readonly SqliteCommand insertCommand;

    private SqliteWriterStatements(SqliteConnection connection)
    {
        this.connection = connection;
        savepoint = Command("SAVEPOINT append");
        release = Command("RELEASE append");
        rollbackToSavepoint = Command("ROLLBACK TO append; RELEASE append");
        readCommand = Command("SELECT first_version, last_version FROM commands WHERE stream_id = $stream AND command_id = $command", "$stream", "$command");
        readHead = Command("SELECT version, last_hash FROM streams WHERE stream_id = $stream", "$stream");
        insertEvent = Command(
            """
            INSERT INTO events (stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
            VALUES ($stream, $version, $type, $data, $metadata, $at, $command, $prev, $hash)
            """,
            "$stream", "$version", "$type", "$data", "$metadata", "$at", "$command", "$prev", "$hash");
        moveStream = Command(
            """
            INSERT INTO streams (stream_id, kind, version, last_hash) VALUES ($stream, $kind, $version, $hash)
            ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_hash = excluded.last_hash
            """,
            "$stream", "$kind", "$version", "$hash");
        insertCommand = Command(
            "INSERT INTO commands (stream_id, command_id, first_version, last_version) VALUES ($stream, $command, $first, $last)",
            "$stream", "$command", "$first", "$last");
    }

    public static SqliteWriterStatements Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            // FULL: a commit survives power loss, not only a killed process; group commit pays for it.
            // No automatic checkpoints: they would run inside a commit and stall every append waiting for it;
            // SqliteCheckpoints runs them beside the writer instead.
            pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 0;";
            pragma.ExecuteNonQuery();
            return new SqliteWriterStatements(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public SqliteTransaction Begin() => connection.BeginTransaction(deferred: false);

    public void Savepoint(SqliteTransaction transaction) => Run(savepoint, transaction);

    public void Release(SqliteTransaction transaction) => Run(release, transaction);

    public void RollbackToSavepoint(SqliteTransaction transaction) => Run(rollbackToSavepoint, transaction);

    public AppendResult.Appended? ReadCommand(SqliteTransaction transaction, string streamId, string commandId)
    {
        readCommand.Transaction = transaction;
        readCommand.Parameters[0].Value = streamId;
        readCommand.Parameters[1].Value = commandId;
        using var reader = readCommand.ExecuteReader();
        return reader.Read() ? new AppendResult.Appended(reader.GetInt64(0), reader.GetInt64(1), Duplicate: true) : null;
    }

    public (long Version, ReadOnlyMemory<byte> LastHash) ReadHead(SqliteTransaction transaction, string streamId)
    {
        readHead.Transaction = transaction;
        readHead.Parameters[0].Value = streamId;
        using var reader = readHead.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : (0, HashChain.Genesis);
    }

    public void InsertEvent(SqliteTransaction transaction, StoredEvent e, long recordedAtMicros)
    {
        var p = insertEvent.Parameters;
        p[0].Value = e.StreamId;
        p[1].Value = e.Version;
        p[2].Value = e.Type;
        p[3].Value = Bytes(e.Data);
        p[4].Value = Bytes(e.Metadata);
        p[5].Value = recordedAtMicros;
        p[6].Value = (object?)e.CommandId ?? DBNull.Value;
        p[7].Value = Bytes(e.PreviousHash);
        p[8].Value = Bytes(e.Hash);
        Run(insertEvent, transaction);
    }

    public void MoveStream(SqliteTransaction transaction, string streamId, string kind, long version, ReadOnlyMemory<byte> lastHash)
    {
        var p = moveStream.Parameters;
        p[0].Value = streamId;
        p[1].Value = kind;
        p[2].Value = version;
        p[3].Value = Bytes(lastHash);
        Run(moveStream, transaction);
    }

    public void InsertCommand(SqliteTransaction transaction, string streamId, string commandId, long firstVersion, long lastVersion)
    {
        var p = insertCommand.Parameters;
        p[0].Value = streamId;
        p[1].Value = commandId;
        p[2].Value = firstVersion;
        p[3].Value = lastVersion;
        Run(insertCommand, transaction);
    }

    public void Dispose()
    {
        foreach (var command in new[] { savepoint, release, rollbackToSavepoint, readCommand, readHead, insertEvent, moveStream, insertCommand })
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    /// <summary>The array behind <paramref name="bytes"/> when it is a whole one (as the writer makes them), else a copy.</summary>
    private static byte[] Bytes(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : bytes.ToArray();

    private static void Run(SqliteCommand command, SqliteTransaction? transaction)
    {
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
