using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Storage.Tests.Feed;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

[Collection(nameof(TimingSensitive))]
public sealed class Polling_fallback
{
    [Fact]
    public async Task a_node_whose_listener_never_started_still_delivers_by_polling()
    {
        await using var writer = await PostgreSqlStore.OpenAsync();
        // Built but never started: no LISTEN, so only the poll timer can wake this node's followers.
        await using var deaf = PostgreSqlStorage.Create(
            writer.ConnectionString, PostgreSqlStore.TestOptions() with { PollInterval = TimeSpan.FromMilliseconds(200) }, NullLoggerFactory.Instance);
        var stream = $"session/{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        using var follow = deaf.Feed.Follow(stream, 0, received.Handler);
        await Task.Delay(100, TestContext.Current.CancellationToken);

        await writer.Store.AppendAsync(stream, 0, [new NewEvent("test.polled", Encoding.UTF8.GetBytes("{}"))], cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(deaf.Feed.IsListening);
        await received.WaitForAsync(1, TimeSpan.FromSeconds(2));
    }
}
