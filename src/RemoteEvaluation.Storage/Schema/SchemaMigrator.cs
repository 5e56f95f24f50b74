using System.Data.Common;

namespace RemoteEvaluation.Storage.Schema;

/// <summary>
/// Applies a vendor's schema scripts that are not yet recorded in <c>schema_versions</c>, all in one
/// transaction that first takes the vendor's lock, so two nodes starting at once apply each script once.
/// </summary>
public static class SchemaMigrator
{
    /// <param name="lockSql">Serialises migrators: PostgreSQL takes an advisory lock; SQLite's write transaction is already exclusive.</param>
    /// <returns>The scripts applied by this call.</returns>
    public static async Task<IReadOnlyList<SchemaScript>> ApplyAsync(
        DbConnection connection, string vendor, string? lockSql, CancellationToken cancellationToken = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!string.IsNullOrEmpty(lockSql))
        {
            await ExecuteAsync(connection, transaction, lockSql, cancellationToken);
        }

        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_versions (feature TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (feature, version))",
            cancellationToken);

        var applied = await ReadAppliedAsync(connection, transaction, cancellationToken);
        var done = new List<SchemaScript>();
        foreach (var script in SchemaScript.For(vendor))
        {
            if (applied.Contains((script.Feature, script.Version)))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_versions (feature, version, applied_at) VALUES (@feature, @version, @at)";
            AddParameter(record, "feature", script.Feature);
            AddParameter(record, "version", script.Version);
            AddParameter(record, "at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
            done.Add(script);
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }

    private static async Task<HashSet<(string Feature, int Version)>> ReadAppliedAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT feature, version FROM schema_versions";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new HashSet<(string, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
