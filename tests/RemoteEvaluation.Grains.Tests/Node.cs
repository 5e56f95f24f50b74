using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Reminders;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Storage.Sqlite;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>
/// One server node for grain tests: its own activation table over a shared event store, so two
/// nodes over one store behave like two processes over one database.
/// </summary>
public sealed class Node : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public Node(IEventStore store, FakeTimeProvider time, Action<GrainRuntimeOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(store);
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        collection.AddGrains();
        collection.Configure<GrainRuntimeOptions>(o => configure?.Invoke(o));
        provider = collection.BuildServiceProvider();
    }

    public IGrainFactory Grains => provider.GetRequiredService<IGrainFactory>();

    public GrainCatalog Catalog => provider.GetRequiredService<GrainCatalog>();

    public IServiceProvider Services => provider;

    /// <summary>This node's process manager; started only by tests that need it (<c>NewNodeWithRemindersAsync</c>).</summary>
    public ReminderService Reminders => provider.GetRequiredService<ReminderService>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}

/// <summary>The databases grain tests run on: every grain test class has one subclass per vendor.</summary>
public enum StoreVendor
{
    Sqlite,
    PostgreSql,
}

/// <summary>A real event store on a fresh database of the chosen vendor, and a clock that only moves when told.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly Func<ValueTask> dispose;

    private StoreFixture(IEventStore store, IChangeFeed feed, FakeTimeProvider time, Func<ValueTask> dispose)
    {
        Store = store;
        Feed = feed;
        Time = time;
        this.dispose = dispose;
    }

    public IEventStore Store { get; }

    /// <summary>The store's change feed, as a server process has it (in-process for SQLite, LISTEN/NOTIFY for PostgreSQL).</summary>
    public IChangeFeed Feed { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<StoreFixture> OpenAsync(StoreVendor vendor, FakeTimeProvider? time = null)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        return vendor == StoreVendor.Sqlite ? await OpenSqliteAsync(time) : await OpenPostgreSqlAsync(time);
    }

    public ValueTask DisposeAsync() => dispose();

    private static async Task<StoreFixture> OpenSqliteAsync(FakeTimeProvider time)
    {
        var folder = Directory.CreateTempSubdirectory("re-grains-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "events.db") }.ToString();
        await SqliteSchema.ApplyAsync(connectionString, NullLogger.Instance);
        var store = new SqliteEventStore(connectionString, new EventStoreLimits(), time, NullLogger<SqliteEventStore>.Instance);
        var feed = new ChangeFeed(store, NullLogger<ChangeFeed>.Instance);
        store.Appended = feed.Notify;
        return new StoreFixture(store, feed, time, async () =>
        {
            await feed.DisposeAsync();
            await store.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        });
    }

    private static async Task<StoreFixture> OpenPostgreSqlAsync(FakeTimeProvider time)
    {
        var connectionString = await PostgreSqlTestDatabase.CreateEmptyAsync();
        var storage = await PostgreSqlStorage.StartAsync(connectionString, new PostgreSqlStorageOptions { PollInterval = null }, NullLoggerFactory.Instance, time);
        return new StoreFixture(storage.Store, storage.Feed, time, storage.DisposeAsync);
    }
}
