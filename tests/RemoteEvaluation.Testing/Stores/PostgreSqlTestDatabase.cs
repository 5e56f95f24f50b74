using System.Collections.Concurrent;
using Npgsql;
using RemoteEvaluation.Storage.PostgreSql;

namespace RemoteEvaluation.Testing.Stores;

/// <summary>
/// The PostgreSQL server the tests may use, from <c>REMOTEEVALUATION_TEST_POSTGRES</c>. Each test run
/// works in a database of its own (<c>re_test_…</c>), created on first use and dropped at exit, so runs
/// never see each other's data. Without the variable every PostgreSQL test is skipped with the reason.
/// </summary>
public static class PostgreSqlTestDatabase
{
    public const string Variable = "REMOTEEVALUATION_TEST_POSTGRES";

    public const string SkipReason = "No PostgreSQL server: set REMOTEEVALUATION_TEST_POSTGRES or run ops/test.sh";

    private static readonly ConcurrentBag<string> Created = [];
    private static readonly Lazy<Task<string>> RunDatabase = new(CreateRunDatabaseAsync);

    static PostgreSqlTestDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropCreated();

    /// <summary>The server's connection string; skips the calling test when there is none.</summary>
    public static string Server
    {
        get
        {
            var connectionString = Environment.GetEnvironmentVariable(Variable);
            Assert.SkipWhen(string.IsNullOrWhiteSpace(connectionString), SkipReason);
            return connectionString!;
        }
    }

    /// <summary>This run's database, with the schema applied.</summary>
    public static Task<string> RunDatabaseAsync()
    {
        _ = Server; // skip before touching the shared task
        return RunDatabase.Value;
    }

    /// <summary>A new empty database, for tests that must start from nothing.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = $"re_test_{Guid.NewGuid():N}"[..24];
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            // The name is ours (hex digits), so building the statement is safe; CREATE DATABASE takes no parameters.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        Created.Add(name);
        return new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    private static async Task<string> CreateRunDatabaseAsync()
    {
        var connectionString = await CreateEmptyAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await PostgreSqlSchema.ApplyAsync(dataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return connectionString;
    }

    private static void DropCreated()
    {
        if (Created.IsEmpty)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
            connection.Open();
            foreach (var name in Created)
            {
                // FORCE (PostgreSQL 13+) ends sessions still open, such as a listener not yet stopped.
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // Best effort: ops/test.sh throws the whole cluster away anyway.
        }
    }
}
