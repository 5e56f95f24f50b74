using System.Text;
using Npgsql;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.PostgreSql;

public sealed class Notification_payloads
{
    [Fact]
    public async Task a_notification_carries_the_version_and_stream_id_and_never_the_event_body()
    {
        await using var node = await PostgreSqlStore.OpenAsync();
        await using var raw = new NpgsqlConnection(node.ConnectionString);
        await raw.OpenAsync(TestContext.Current.CancellationToken);
        var payloads = new List<string>();
        raw.Notification += (_, e) => payloads.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgreSqlEventStore.Channel}", raw))
        {
            await listen.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var stream = $"session/{Guid.NewGuid():N}";
        var secret = $"sealed-bid-{Guid.NewGuid():N}";
        var result = await node.Store.AppendAsync(
            stream,
            0,
            [new NewEvent("test.sealed", Encoding.UTF8.GetBytes($$"""{"price":"{{secret}}"}"""), Encoding.UTF8.GetBytes($$"""{"by":"{{secret}}"}""")), new NewEvent("test.more", "{}"u8.ToArray())],
            "cmd-payload",
            TestContext.Current.CancellationToken);
        Assert.IsType<AppendResult.Appended>(result);

        // Other tests share the database and channel: wait until this stream's notification arrives.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!payloads.Any(p => p.EndsWith(stream, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await raw.WaitAsync(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        }

        var ours = Assert.Single(payloads, p => p.EndsWith(stream, StringComparison.Ordinal));
        Assert.Equal($"2 {stream}", ours);
        Assert.All(payloads, p => Assert.DoesNotContain(secret, p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_refused_or_repeated_append_sends_no_notification()
    {
        await using var node = await PostgreSqlStore.OpenAsync();
        await using var raw = new NpgsqlConnection(node.ConnectionString);
        await raw.OpenAsync(TestContext.Current.CancellationToken);
        var payloads = new List<string>();
        raw.Notification += (_, e) => payloads.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgreSqlEventStore.Channel}", raw))
        {
            await listen.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var stream = $"session/{Guid.NewGuid():N}";
        NewEvent[] events = [new NewEvent("test.once", "{}"u8.ToArray())];
        Assert.IsType<AppendResult.Appended>(await node.Store.AppendAsync(stream, 0, events, "cmd-1", TestContext.Current.CancellationToken));
        Assert.IsType<AppendResult.Appended>(await node.Store.AppendAsync(stream, 0, events, "cmd-1", TestContext.Current.CancellationToken));
        Assert.IsType<AppendResult.VersionConflict>(await node.Store.AppendAsync(stream, 0, events, "cmd-2", TestContext.Current.CancellationToken));

        // A marker notification sent afterwards on the same channel proves everything before it was delivered.
        var marker = $"1 session/marker-{Guid.NewGuid():N}";
        await node.ExecuteAsync("SELECT pg_notify('re_events', $1)", marker);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!payloads.Contains(marker) && DateTime.UtcNow < deadline)
        {
            await raw.WaitAsync(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        }

        Assert.Contains(marker, payloads);
        Assert.Equal([$"1 {stream}"], payloads.Where(p => p.EndsWith(stream, StringComparison.Ordinal)));
    }
}
