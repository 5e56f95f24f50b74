using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Storage.Schema;
using RemoteEvaluation.Storage.Tests.Vendors;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

public sealed class Schema_migrations
{
    [Fact]
    public async Task four_nodes_migrating_a_fresh_database_at_once_all_succeed_and_apply_each_script_once()
    {
        var connectionString = await PostgreSqlTestDatabase.CreateEmptyAsync();
        var expected = SchemaScript.For(PostgreSqlSchema.Vendor);
        Assert.NotEmpty(expected);
        using var start = new SemaphoreSlim(0, 4);

        var nodes = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            // A data source each: four nodes, four pools, four sessions racing for the advisory lock.
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var warm = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await warm.CloseAsync();
            await start.WaitAsync(TestContext.Current.CancellationToken);
            return await PostgreSqlSchema.ApplyAsync(dataSource, NullLogger.Instance, TestContext.Current.CancellationToken);
        })).ToArray();
        start.Release(4);
        var applied = await Task.WhenAll(nodes);

        Assert.Equal(
            expected.Select(s => (s.Feature, s.Version)),
            applied.SelectMany(a => a).Select(s => (s.Feature, s.Version)).OrderBy(s => s.Feature, StringComparer.Ordinal).ThenBy(s => s.Version));
        await using var check = NpgsqlDataSource.Create(connectionString);
        await using var count = check.CreateCommand("SELECT feature, version, count(*) FROM schema_versions GROUP BY feature, version ORDER BY feature, version");
        await using var reader = await count.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var recorded = new List<(string, int, long)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            recorded.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2)));
        }

        Assert.Equal(expected.Select(s => (s.Feature, s.Version, 1L)), recorded);
    }

    [Fact]
    public async Task applying_the_schema_again_applies_nothing_and_keeps_the_data()
    {
        await using var node = await PostgreSqlStore.OpenAsync();
        var stream = $"session/{Guid.NewGuid():N}";
        await node.Store.AppendAsync(stream, 0, [new Grains.Persistence.NewEvent("test.kept", "{}"u8.ToArray())], cancellationToken: TestContext.Current.CancellationToken);

        var applied = await PostgreSqlSchema.ApplyAsync(node.Storage.DataSource, NullLogger.Instance, TestContext.Current.CancellationToken);

        Assert.Empty(applied);
        Assert.Equal(1, await node.CountRowsAsync(stream));
    }
}
