using System.Text;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class LimitsContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    private static readonly byte[] Json = "{}"u8.ToArray();

    public static TheoryData<string, string> MalformedStreamIds => new()
    {
        { string.Empty, "empty" },
        { "session", "no slash" },
        { "Session/abc", "upper-case kind" },
        { "session/", "empty id" },
        { "session/-abc", "id starting with a dash" },
        { "session/a b", "space" },
        { "session/a/b", "second slash" },
        { "session/评标", "non-ASCII" },
        { "session/" + new string('a', 200), "too long" },
        { "session/abc'; DROP TABLE events; --", "injection" },
    };

    [Theory]
    [MemberData(nameof(MalformedStreamIds))]
    public async Task a_malformed_stream_id_is_refused(string streamId, string why)
    {
        var result = await Store.AppendAsync(streamId, 0, [new NewEvent("test.ok", Json)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result is AppendResult.Invalid { Code: StoreErrors.StreamIdInvalid }, why);
    }

    [Fact]
    public async Task a_negative_expected_version_is_refused() =>
        await AssertRefusedAsync(StoreErrors.ExpectedVersionInvalid, -1, [new NewEvent("test.ok", Json)]);

    [Fact]
    public async Task an_append_without_events_is_refused() =>
        await AssertRefusedAsync(StoreErrors.NoEvents, 0, []);

    [Fact]
    public async Task an_append_with_more_events_than_the_limit_is_refused_whole() =>
        await AssertRefusedAsync(StoreErrors.TooManyEvents, 0, [.. Enumerable.Repeat(new NewEvent("test.ok", Json), 101)]);

    [Fact]
    public async Task an_event_over_64_KiB_is_refused_and_its_whole_append_with_it()
    {
        var big = Encoding.UTF8.GetBytes($"\"{new string('x', 64 * 1024)}\"");
        await AssertRefusedAsync(StoreErrors.EventTooLarge, 0, [new NewEvent("test.ok", Json), new NewEvent("test.big", big)]);
    }

    [Fact]
    public async Task an_event_of_exactly_64_KiB_is_accepted()
    {
        var body = Encoding.UTF8.GetBytes($"\"{new string('x', (64 * 1024) - 2)}\"");
        var stream = NewStream();

        var result = await Store.AppendAsync(stream, 0, [new NewEvent("test.big", body)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.IsType<AppendResult.Appended>(result);
        Assert.Equal(body, Assert.Single(await ReadAllAsync(stream)).Data.ToArray());
    }

    [Fact]
    public async Task oversized_metadata_is_refused() =>
        await AssertRefusedAsync(StoreErrors.MetadataTooLarge, 0, [new NewEvent("test.ok", Json, Encoding.UTF8.GetBytes($"\"{new string('m', 9000)}\""))]);

    [Theory]
    [InlineData("")]
    [InlineData("Session.Scheduled")]
    [InlineData("session scheduled")]
    [InlineData(".scheduled")]
    [InlineData("session..scheduled")]
    public async Task a_malformed_event_type_is_refused(string type) =>
        await AssertRefusedAsync(StoreErrors.EventTypeInvalid, 0, [new NewEvent(type, Json)]);

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{} {}")]
    [InlineData("not json")]
    public async Task data_that_is_not_one_json_value_is_refused(string data) =>
        await AssertRefusedAsync(StoreErrors.DataNotJson, 0, [new NewEvent("test.ok", Encoding.UTF8.GetBytes(data))]);

    [Fact]
    public async Task metadata_that_is_not_json_is_refused() =>
        await AssertRefusedAsync(StoreErrors.MetadataNotJson, 0, [new NewEvent("test.ok", Json, "who?"u8.ToArray())]);

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    public async Task a_malformed_command_id_is_refused(string commandId) =>
        await AssertRefusedAsync(StoreErrors.CommandIdInvalid, 0, [new NewEvent("test.ok", Json)], commandId);

    [Fact]
    public async Task a_refused_append_leaves_the_recorded_stream_unchanged()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "kept");
        var before = await Store.GetHeadAsync(stream, TestContext.Current.CancellationToken);

        var result = await Store.AppendAsync(stream, 1, [new NewEvent("test.ok", Json), new NewEvent("test.bad", "nope"u8.ToArray())], cancellationToken: TestContext.Current.CancellationToken);

        Assert.IsType<AppendResult.Invalid>(result);
        Assert.Equal(1, await Vendor.CountRowsAsync(stream));
        Assert.Equal(before!.Version, (await Store.GetHeadAsync(stream, TestContext.Current.CancellationToken))!.Version);
        Assert.True((await Store.VerifyAsync(stream, TestContext.Current.CancellationToken)).IsIntact);
    }

    private async Task AssertRefusedAsync(string code, long expectedVersion, NewEvent[] events, string? commandId = null)
    {
        var stream = NewStream();

        var result = await Store.AppendAsync(stream, expectedVersion, events, commandId, TestContext.Current.CancellationToken);

        var invalid = Assert.IsType<AppendResult.Invalid>(result);
        Assert.Equal(code, invalid.Code);
        Assert.False(string.IsNullOrWhiteSpace(invalid.Message));
        Assert.Equal(0, await Vendor.CountRowsAsync(stream));
        Assert.Null(await Store.GetHeadAsync(stream, TestContext.Current.CancellationToken));
    }
}

public sealed class Limits_on_SQLite : LimitsContract<OnSqlite>;
