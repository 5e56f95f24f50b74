using System.Text;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class AppendingContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    [Fact]
    public async Task appending_to_a_new_stream_numbers_events_from_one()
    {
        var stream = NewStream();

        var result = await AppendOkAsync(stream, 0, "a", "b", "c");

        Assert.Equal(new AppendResult.Appended(1, 3, Duplicate: false), result);
        Assert.Equal([1L, 2L, 3L], (await ReadAllAsync(stream)).Select(e => e.Version));
    }

    [Fact]
    public async Task appending_at_the_current_version_continues_the_stream()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a");

        var result = await AppendOkAsync(stream, 1, "b");

        Assert.Equal(2, result.FirstVersion);
        Assert.Equal(2, (await Store.GetHeadAsync(stream, TestContext.Current.CancellationToken))!.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task appending_with_a_stale_or_future_version_is_a_conflict_and_writes_nothing(long expected)
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a", "b");

        var result = await Store.AppendAsync(stream, expected, Events("late"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new AppendResult.VersionConflict(stream, expected, 2), result);
        Assert.Equal(2, await Vendor.CountRowsAsync(stream));
    }

    [Fact]
    public async Task appending_to_a_stream_that_does_not_exist_with_a_version_is_a_conflict()
    {
        var stream = NewStream();

        var result = await Store.AppendAsync(stream, 4, Events("a"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new AppendResult.VersionConflict(stream, 4, 0), result);
        Assert.Null(await Store.GetHeadAsync(stream, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task reading_after_a_version_returns_only_the_later_events_in_order()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a", "b", "c", "d");

        var events = await ReadAllAsync(stream, afterVersion: 2);

        Assert.Equal([3L, 4L], events.Select(e => e.Version));
        Assert.Equal("""{"value":"c"}""", Encoding.UTF8.GetString(events[0].Data.Span));
    }

    [Fact]
    public async Task the_stored_bytes_are_exactly_the_appended_bytes()
    {
        var stream = NewStream();
        // Odd spacing, key order and escapes that a JSON column would normalise away.
        var data = Encoding.UTF8.GetBytes("{ \"z\":1,  \"a\" : \"\\u8bc4\\u6807 评标\" ,\"n\":1.50 }");
        var metadata = Encoding.UTF8.GetBytes("{\"by\":\"expert-7\",  \"site\":\"3301\"}");

        await Store.AppendAsync(stream, 0, [new NewEvent("test.exact", data, metadata)], cancellationToken: TestContext.Current.CancellationToken);

        var stored = Assert.Single(await ReadAllAsync(stream));
        Assert.Equal(data, stored.Data.ToArray());
        Assert.Equal(metadata, stored.Metadata.ToArray());
        Assert.Equal("test.exact", stored.Type);
    }

    [Fact]
    public async Task events_of_one_append_share_the_recorded_time_and_link_their_hashes()
    {
        var stream = NewStream();

        await AppendOkAsync(stream, 0, "a", "b");

        var events = await ReadAllAsync(stream);
        Assert.Equal(events[0].RecordedAt, events[1].RecordedAt);
        Assert.Equal(events[0].Hash.ToArray(), events[1].PreviousHash.ToArray());
        Assert.Equal(new byte[32], events[0].PreviousHash.ToArray());
    }

    [Fact]
    public async Task the_recorded_time_is_the_server_time_to_the_microsecond()
    {
        var stream = NewStream();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await AppendOkAsync(stream, 0, "a");

        var recorded = Assert.Single(await ReadAllAsync(stream)).RecordedAt;
        Assert.InRange(recorded, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(0, recorded.UtcTicks % 10);
    }

    [Fact]
    public async Task streams_are_listed_by_kind_a_page_at_a_time()
    {
        var kind = "k" + Guid.NewGuid().ToString("N")[..12];
        var streams = Enumerable.Range(0, 5).Select(i => $"{kind}/s{i}").ToArray();
        foreach (var s in streams)
        {
            await AppendOkAsync(s, 0, "a");
        }

        await AppendOkAsync(NewStream("expert"), 0, "other kind");

        var first = await Store.ListStreamsAsync(kind, limit: 3, cancellationToken: TestContext.Current.CancellationToken);
        var rest = await Store.ListStreamsAsync(kind, first[^1].StreamId, 3, TestContext.Current.CancellationToken);

        Assert.Equal(streams, first.Concat(rest).Select(h => h.StreamId));
        Assert.All(first, h => Assert.Equal(kind, h.Kind));
    }

    [Fact]
    public async Task reading_a_stream_that_does_not_exist_returns_nothing()
    {
        Assert.Empty(await ReadAllAsync(NewStream()));
        Assert.Null(await Store.GetHeadAsync(NewStream(), TestContext.Current.CancellationToken));
    }
}

public sealed class Appending_on_SQLite : AppendingContract<OnSqlite>;
