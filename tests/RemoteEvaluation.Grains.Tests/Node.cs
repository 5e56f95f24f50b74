using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.Sqlite;

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

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}

/// <summary>A SQLite event store on a fresh file, and a clock that only moves when told.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly string folder;

    private StoreFixture(string folder, SqliteEventStore store, FakeTimeProvider time)
    {
        this.folder = folder;
        Store = store;
        Time = time;
    }

    public SqliteEventStore Store { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<StoreFixture> OpenAsync()
    {
        var folder = Directory.CreateTempSubdirectory("re-grains-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "events.db") }.ToString();
        await SqliteSchema.ApplyAsync(connectionString, NullLogger.Instance);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var store = new SqliteEventStore(connectionString, new EventStoreLimits(), time, NullLogger<SqliteEventStore>.Instance);
        return new StoreFixture(folder, store, time);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
