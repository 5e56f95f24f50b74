using Microsoft.Extensions.Logging;
using Npgsql;
using RemoteEvaluation.Storage.Schema;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>Applies the PostgreSQL scripts; several nodes may call this at the same moment.</summary>
public static class PostgreSqlSchema
{
    public const string Vendor = "PostgreSql";

    /// <summary>
    /// The advisory lock key that serialises migrators (the ASCII of "RE-SCHEM"). Advisory locks are per
    /// database, and the transaction-scoped form is released by COMMIT or by the session dying, so a
    /// node killed mid-migration never leaves the lock held.
    /// </summary>
    public const long MigrationLockKey = 0x52_45_2D_53_43_48_45_4D;

    /// <returns>The scripts this call applied (none when another node or an earlier start did).</returns>
    public static async Task<IReadOnlyList<SchemaScript>> ApplyAsync(NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var applied = await SchemaMigrator.ApplyAsync(connection, Vendor, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
            foreach (var script in applied)
            {
                StorageLog.SchemaApplied(logger, script.Vendor, script.Feature, script.Version);
            }

            return applied;
        }
        catch (Exception ex) when (PostgreSqlFaults.IsTransient(ex))
        {
            throw PostgreSqlFaults.Wrap(ex);
        }
    }
}
