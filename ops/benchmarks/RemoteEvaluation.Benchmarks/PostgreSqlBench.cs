using Npgsql;
using RemoteEvaluation.Storage.PostgreSql;

namespace RemoteEvaluation.Benchmarks;

/// <summary>
/// The PostgreSQL rows of the storage benchmark, on a fresh database of the given server: the store as the
/// server builds it (writer loops, notifying transactions), beside a plain INSERT loop into a table of the same shape.
/// </summary>
internal static class PostgreSqlBench
{
    public static async Task<IReadOnlyList<StorageBenchmark.Row>> RunAsync(StorageBenchmark benchmark, string serverConnectionString)
    {
        var database = $"re_bench_{Guid.NewGuid():N}"[..20];
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database, MaxPoolSize = 100 }.ConnectionString;
        try
        {
            await using var storage = await PostgreSqlStorage.StartAsync(connectionString);
            return await benchmark.RunAsync("PostgreSQL", storage.Store, await PlainInsert.CreateAsync(storage.DataSource));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One autocommitted INSERT per operation on a connection of its own, the row shape of an event.</summary>
    private sealed class PlainInsert(NpgsqlDataSource dataSource) : IPlainInsert
    {
        public static async Task<PlainInsert> CreateAsync(NpgsqlDataSource dataSource)
        {
            await using var command = dataSource.CreateCommand("""
                CREATE TABLE IF NOT EXISTS bench_plain (
                    position bigint GENERATED ALWAYS AS IDENTITY, stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL,
                    data bytea NOT NULL, metadata bytea NOT NULL, recorded_at timestamptz NOT NULL, command_id text NULL,
                    prev_hash bytea NOT NULL, hash bytea NOT NULL, PRIMARY KEY (stream_id, version))
                """);
            await command.ExecuteNonQueryAsync();
            return new PlainInsert(dataSource);
        }

        public Func<Task> CreateLoop(string streamId)
        {
            NpgsqlConnection? connection = null;
            long version = 0;
            var hash = new byte[32];
            var metadata = "{}"u8.ToArray();
            return async () =>
            {
                connection ??= await dataSource.OpenConnectionAsync();
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO bench_plain (stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash) VALUES ($1, $2, 'bench.scored', $3, $4, now(), NULL, $5, $5)",
                    connection);
                insert.Parameters.AddWithValue(streamId);
                insert.Parameters.AddWithValue(++version);
                insert.Parameters.AddWithValue(StorageBenchmark.Body);
                insert.Parameters.AddWithValue(metadata);
                insert.Parameters.AddWithValue(hash);
                await insert.ExecuteNonQueryAsync();
            };
        }
    }
}
