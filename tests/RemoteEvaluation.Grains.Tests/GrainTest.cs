using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Grains.Reminders;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>
/// A grain test on a real store of one vendor; every test class has one subclass per vendor
/// (<c>…_on_SQLite</c>, <c>…_on_PostgreSQL</c>). Nodes made with <see cref="NewNode"/> end with the test.
/// </summary>
public abstract class GrainTest : IAsyncLifetime
{
    private readonly List<Node> nodes = [];

    protected abstract StoreVendor Vendor { get; }

    protected StoreFixture Fixture { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync() => Fixture = await StoreFixture.OpenAsync(Vendor, NewClock());

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        await Fixture.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The clock the store and nodes run on; null for the fixture's default start.</summary>
    protected virtual FakeTimeProvider? NewClock() => null;

    /// <summary>A node whose process manager (<see cref="ReminderService"/>) runs and hears the store's change feed, as in the server.</summary>
    protected async Task<Node> NewNodeWithRemindersAsync(Action<IServiceCollection>? services = null)
    {
        var node = NewNode(services: s =>
        {
            s.AddSingleton<IStreamNotifications>(new ChangeFeedNotifications(Fixture.Feed));
            services?.Invoke(s);
        });
        await node.Reminders.StartAsync(TestContext.Current.CancellationToken);
        return node;
    }

    /// <summary>Every event of <paramref name="streamId"/>, as stored.</summary>
    protected async Task<List<Persistence.StoredEvent>> StoredEventsAsync(string streamId) =>
        await Fixture.Store.ReadStreamAsync(streamId, 0, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    protected Node NewNode(Action<GrainRuntimeOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var node = new Node(Fixture.Store, Fixture.Time, configure, services);
        nodes.Add(node);
        return node;
    }
}
