using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class IdempotencyContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    [Fact]
    public async Task repeating_a_command_id_returns_the_original_result_and_writes_nothing()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "before");
        var first = await Store.AppendAsync(stream, 1, Events("a", "b"), "cmd-1", TestContext.Current.CancellationToken);

        var again = await Store.AppendAsync(stream, 1, Events("a", "b"), "cmd-1", TestContext.Current.CancellationToken);

        Assert.Equal(new AppendResult.Appended(2, 3, Duplicate: false), first);
        Assert.Equal(new AppendResult.Appended(2, 3, Duplicate: true), again);
        Assert.Equal(3, await Vendor.CountRowsAsync(stream));
    }

    [Fact]
    public async Task a_repeated_command_id_is_recognised_even_after_the_stream_moved_on()
    {
        var stream = NewStream();
        await Store.AppendAsync(stream, 0, Events("a"), "cmd-1", TestContext.Current.CancellationToken);
        await AppendOkAsync(stream, 1, "b");

        // A client retrying after a lost acknowledgement still holds the old expected version.
        var again = await Store.AppendAsync(stream, 0, Events("a"), "cmd-1", TestContext.Current.CancellationToken);

        Assert.Equal(new AppendResult.Appended(1, 1, Duplicate: true), again);
        Assert.Equal(2, await Vendor.CountRowsAsync(stream));
    }

    [Fact]
    public async Task the_same_command_id_on_another_stream_is_a_different_command()
    {
        var (one, two) = (NewStream(), NewStream());
        await Store.AppendAsync(one, 0, Events("a"), "cmd-1", TestContext.Current.CancellationToken);

        var result = await Store.AppendAsync(two, 0, Events("a"), "cmd-1", TestContext.Current.CancellationToken);

        Assert.Equal(new AppendResult.Appended(1, 1, Duplicate: false), result);
    }

    [Fact]
    public async Task a_command_that_lost_on_version_can_be_retried_with_the_same_id()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a");
        var lost = await Store.AppendAsync(stream, 0, Events("b"), "cmd-2", TestContext.Current.CancellationToken);

        var retried = await Store.AppendAsync(stream, 1, Events("b"), "cmd-2", TestContext.Current.CancellationToken);

        Assert.IsType<AppendResult.VersionConflict>(lost);
        Assert.Equal(new AppendResult.Appended(2, 2, Duplicate: false), retried);
    }

    [Fact]
    public async Task the_command_id_is_kept_with_the_events()
    {
        var stream = NewStream();
        await Store.AppendAsync(stream, 0, Events("a", "b"), "cmd-9", TestContext.Current.CancellationToken);

        Assert.All(await ReadAllAsync(stream), e => Assert.Equal("cmd-9", e.CommandId));
    }
}

public sealed class Idempotency_on_SQLite : IdempotencyContract<OnSqlite>;
