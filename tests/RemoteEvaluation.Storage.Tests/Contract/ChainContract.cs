using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

public abstract class ChainContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    [Fact]
    public async Task an_untouched_stream_verifies_up_to_its_last_version()
    {
        var stream = await StreamOfFiveAsync();

        var verification = await Store.VerifyAsync(stream, TestContext.Current.CancellationToken);

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(5, verification.Version);
    }

    [Fact]
    public async Task one_changed_byte_of_data_is_detected_at_its_version()
    {
        var stream = await StreamOfFiveAsync();

        await Vendor.CorruptDataAsync(stream, 3);
        var verification = await Store.VerifyAsync(stream, TestContext.Current.CancellationToken);

        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.Version);
        Assert.Contains("does not match its contents", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_deleted_row_is_detected_at_its_version()
    {
        var stream = await StreamOfFiveAsync();

        await Vendor.DeleteEventAsync(stream, 2);
        var verification = await Store.VerifyAsync(stream, TestContext.Current.CancellationToken);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.Version);
        Assert.Contains("Version 2 is missing", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_deleted_last_row_is_detected_against_the_stream_head()
    {
        var stream = await StreamOfFiveAsync();

        await Vendor.DeleteEventAsync(stream, 5);
        var verification = await Store.VerifyAsync(stream, TestContext.Current.CancellationToken);

        Assert.False(verification.IsIntact);
        Assert.Equal(5, verification.Version);
    }

    [Fact]
    public async Task a_stream_that_does_not_exist_verifies_as_empty()
    {
        var verification = await Store.VerifyAsync(NewStream(), TestContext.Current.CancellationToken);

        Assert.True(verification.IsIntact);
        Assert.Equal(0, verification.Version);
    }

    private async Task<string> StreamOfFiveAsync()
    {
        var stream = NewStream();
        await AppendOkAsync(stream, 0, "a", "b");
        await AppendOkAsync(stream, 2, "c");
        await AppendOkAsync(stream, 3, "d", "e");
        return stream;
    }
}

public sealed class Chain_on_SQLite : ChainContract<OnSqlite>;
