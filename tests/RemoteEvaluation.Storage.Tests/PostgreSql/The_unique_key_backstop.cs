using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

public sealed class The_unique_key_backstop
{
    [Fact]
    public async Task a_row_the_stream_head_does_not_know_of_makes_a_version_conflict_not_an_error()
    {
        await using var node = await PostgreSqlStore.OpenAsync();
        var stream = $"session/{Guid.NewGuid():N}";
        NewEvent[] one = [new NewEvent("test.happened", "{}"u8.ToArray())];
        Assert.IsType<AppendResult.Appended>(await node.Store.AppendAsync(stream, 0, one, cancellationToken: TestContext.Current.CancellationToken));
        Assert.IsType<AppendResult.Appended>(await node.Store.AppendAsync(stream, 1, one, cancellationToken: TestContext.Current.CancellationToken));
        // Wind the head back by hand: the version check now passes at 1, but version 2 is taken.
        Assert.Equal(1, await node.ExecuteAsync("UPDATE streams SET version = 1 WHERE stream_id = $1", stream));

        var result = await node.Store.AppendAsync(stream, 1, one, "cmd-backstop", TestContext.Current.CancellationToken);

        Assert.Equal(new AppendResult.VersionConflict(stream, 1, 1), result);
        Assert.Equal(2, await node.CountRowsAsync(stream));
        Assert.Equal(0L, await node.ScalarAsync("SELECT count(*) FROM commands WHERE stream_id = $1", stream));
    }

    [Fact]
    public async Task appends_committed_beside_one_stopped_by_the_backstop_are_not_lost()
    {
        await using var node = await PostgreSqlStore.OpenAsync();
        var broken = $"session/{Guid.NewGuid():N}";
        NewEvent[] one = [new NewEvent("test.happened", "{}"u8.ToArray())];
        await node.Store.AppendAsync(broken, 0, one, cancellationToken: TestContext.Current.CancellationToken);
        await node.Store.AppendAsync(broken, 1, one, cancellationToken: TestContext.Current.CancellationToken);
        await node.ExecuteAsync("UPDATE streams SET version = 1 WHERE stream_id = $1", broken);
        var healthy = Enumerable.Range(0, 20).Select(_ => $"session/{Guid.NewGuid():N}").ToArray();

        // Queued together, they are likely to share a batch transaction that the broken stream fails.
        var brokenAppend = node.Store.AppendAsync(broken, 1, one, cancellationToken: TestContext.Current.CancellationToken);
        var healthyAppends = healthy.Select(s => node.Store.AppendAsync(s, 0, one, cancellationToken: TestContext.Current.CancellationToken)).ToArray();

        Assert.IsType<AppendResult.VersionConflict>(await brokenAppend);
        Assert.All(await Task.WhenAll(healthyAppends), r => Assert.Equal(new AppendResult.Appended(1, 1, Duplicate: false), r));
        foreach (var s in healthy)
        {
            Assert.Equal(1, await node.CountRowsAsync(s));
        }
    }
}
