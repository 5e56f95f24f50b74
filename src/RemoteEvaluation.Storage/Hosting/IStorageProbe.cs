using Microsoft.Data.Sqlite;
using RemoteEvaluation.Storage.PostgreSql;

namespace RemoteEvaluation.Storage.Hosting;

/// <summary>Touches the database for the readiness check: one trivial query on a real connection.</summary>
public interface IStorageProbe
{
    Task ProbeAsync(CancellationToken cancellationToken);
}

internal sealed class SqliteProbe(string connectionString) : IStorageProbe
{
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_versions";
        await command.ExecuteScalarAsync(cancellationToken);
    }
}

internal sealed class PostgreSqlProbe(PostgreSqlStorage storage) : IStorageProbe
{
    public Task ProbeAsync(CancellationToken cancellationToken) => storage.ProbeAsync(cancellationToken);
}
