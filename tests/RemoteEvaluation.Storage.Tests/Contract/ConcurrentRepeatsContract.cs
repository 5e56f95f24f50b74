using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

/// <summary>
/// A client that lost its connection may send the same command from several nodes at once. The command
/// id must be checked under the stream's write lock, or every repeat but the first would see the moved
/// stream and report a conflict instead of the original result.
/// </summary>
public abstract class ConcurrentRepeatsContract<TVendor> : StoreContract<TVendor>
    where TVendor : IVendor
{
    [Fact]
    public async Task concurrent_repeats_of_one_command_write_once_and_all_get_the_original_result()
    {
        for (var round = 0; round < 5; round++)
        {
            var stream = NewStream();
            using var start = new SemaphoreSlim(0, 8);
            var repeats = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                await start.WaitAsync(TestContext.Current.CancellationToken);
                return await Store.AppendAsync(stream, 0, Events("once", "only"), "cmd-repeated", TestContext.Current.CancellationToken);
            })).ToArray();
            start.Release(8);

            var results = await Task.WhenAll(repeats);

            var appended = results.Select(r => Assert.IsType<AppendResult.Appended>(r)).ToArray();
            Assert.Single(appended, a => !a.Duplicate);
            Assert.All(appended, a => Assert.Equal((1L, 2L), (a.FirstVersion, a.LastVersion)));
            Assert.Equal(2, await Vendor.CountRowsAsync(stream));
        }
    }
}

public sealed class ConcurrentRepeats_on_SQLite : ConcurrentRepeatsContract<OnSqlite>;

public sealed class ConcurrentRepeats_on_PostgreSQL : ConcurrentRepeatsContract<OnPostgreSql>;
