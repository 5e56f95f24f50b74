using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Storage.Schema;

namespace RemoteEvaluation.Storage.Sqlite;

/// <summary>Creates the database file's folder, switches it to WAL and applies the SQLite scripts.</summary>
public static class SqliteSchema
{
    public const string Vendor = "Sqlite";

    public static async Task ApplyAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // WAL lets readers run beside the single writer; it is a property of the file, set once.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var script in await SchemaMigrator.ApplyAsync(connection, Vendor, lockSql: null, cancellationToken))
        {
            StorageLog.SchemaApplied(logger, script.Vendor, script.Feature, script.Version);
        }
    }
}
