using System.Text;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Tests.Vendors;

namespace RemoteEvaluation.Storage.Tests.Contract;

/// <summary>
/// The base of every contract test: a real store of the vendor <typeparamref name="TVendor"/>, fresh
/// stream ids per test, and small builders for events. Each contract is one abstract class with one
/// thin subclass per vendor.
/// </summary>
public abstract class StoreContract<TVendor> : IAsyncLifetime
    where TVendor : IVendor
{
    private IStoreUnderTest? vendor;

    protected IStoreUnderTest Vendor => vendor ?? throw new InvalidOperationException("Not initialised.");

    protected IEventStore Store => Vendor.Store;

    public async ValueTask InitializeAsync() => vendor = await TVendor.OpenAsync();

    public async ValueTask DisposeAsync()
    {
        if (vendor is not null)
        {
            await vendor.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static string NewStream(string kind = "session") => $"{kind}/{Guid.NewGuid():N}";

    protected static NewEvent Event(string body, string type = "test.happened") =>
        new(type, Encoding.UTF8.GetBytes($$"""{"value":"{{body}}"}"""));

    protected static NewEvent[] Events(params string[] bodies) => [.. bodies.Select(b => Event(b))];

    protected async Task<List<StoredEvent>> ReadAllAsync(string streamId, long afterVersion = 0)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in Store.ReadStreamAsync(streamId, afterVersion, TestContext.Current.CancellationToken))
        {
            events.Add(e);
        }

        return events;
    }

    protected async Task<AppendResult.Appended> AppendOkAsync(string streamId, long expectedVersion, params string[] bodies) =>
        Assert.IsType<AppendResult.Appended>(await Store.AppendAsync(streamId, expectedVersion, Events(bodies), cancellationToken: TestContext.Current.CancellationToken));
}
