using Microsoft.Data.Sqlite;

namespace RemoteEvaluation.Benchmarks;

/// <summary>Each loop owns a connection and INSERTs one row per autocommitted statement, with the store's durability (synchronous = FULL).</summary>
internal sealed class SqlitePlainInsert : IPlainInsert
{
    private readonly string connectionString;

    private SqlitePlainInsert(string connectionString) => this.connectionString = connectionString;

    public static async Task<SqlitePlainInsert> CreateAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS bench_plain (
                position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL,
                data BLOB NOT NULL, metadata BLOB NOT NULL, recorded_at INTEGER NOT NULL, command_id TEXT NULL,
                prev_hash BLOB NOT NULL, hash BLOB NOT NULL, UNIQUE (stream_id, version));
            """;
        await command.ExecuteNonQueryAsync();
        return new SqlitePlainInsert(connectionString);
    }

    public Func<Task> CreateLoop(string streamId)
    {
        SqliteConnection? connection = null;
        SqliteCommand? insert = null;
        long version = 0;
        var hash = new byte[32];
        return async () =>
        {
            if (connection is null)
            {
                connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";
                await pragma.ExecuteNonQueryAsync();
                insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO bench_plain (stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
                    VALUES ($s, $v, 'bench.scored', $d, '{}', $t, NULL, $h, $h)
                    """;
                insert.Parameters.AddWithValue("$s", streamId);
                insert.Parameters.Add("$v", SqliteType.Integer);
                insert.Parameters.AddWithValue("$d", StorageBenchmark.Body);
                insert.Parameters.Add("$t", SqliteType.Integer);
                insert.Parameters.AddWithValue("$h", hash);
            }

            insert!.Parameters["$v"].Value = ++version;
            insert.Parameters["$t"].Value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
            await insert.ExecuteNonQueryAsync();
        };
    }
}
