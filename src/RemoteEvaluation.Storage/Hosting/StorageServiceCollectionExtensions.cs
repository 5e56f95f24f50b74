using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Blobs;
using RemoteEvaluation.Grains.Reminders;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Limits;
using RemoteEvaluation.Storage.PostgreSql;
using RemoteEvaluation.Storage.Sqlite;

namespace RemoteEvaluation.Storage.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The default SQLite file when no <c>ConnectionStrings:Events</c> is configured.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/events.db";

    /// <summary>
    /// Registers the event store, its change feed and the start-up schema migration for the provider
    /// named in <c>Storage:Provider</c>, with the connection string <c>ConnectionStrings:Events</c>.
    /// </summary>
    public static IServiceCollection AddEventStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton(configuration.GetSection("Storage:Limits").Get<EventStoreLimits>() ?? new EventStoreLimits());
        var options = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = configuration.GetConnectionString("Events");
        services.AddSingleton<IStreamNotifications>(sp => new ChangeFeedNotifications(sp.GetRequiredService<IChangeFeed>()));
        return options.Provider switch
        {
            StorageProvider.Sqlite => services.AddSqliteStorage(connectionString ?? DefaultSqliteConnectionString),
            StorageProvider.PostgreSql => services.AddPostgreSqlStorage(
                configuration,
                connectionString ?? throw new InvalidOperationException("Storage:Provider is PostgreSql but ConnectionStrings:Events is not set.")),
            _ => throw new InvalidOperationException($"Unknown Storage:Provider '{options.Provider}'. Use Sqlite or PostgreSql."),
        };
    }

    private static IServiceCollection AddSqliteStorage(this IServiceCollection services, string connectionString)
    {
        var normalised = new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString();
        services.AddSingleton(sp => new SqliteEventStore(
            normalised, sp.GetRequiredService<EventStoreLimits>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SqliteEventStore>>()));
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<SqliteEventStore>());
        services.AddSingleton(sp =>
        {
            // In-process: the single writer tells the feed about each commit; no polling needed.
            var feed = new ChangeFeed(sp.GetRequiredService<IEventStore>(), sp.GetRequiredService<ILogger<ChangeFeed>>());
            sp.GetRequiredService<SqliteEventStore>().Appended = feed.Notify;
            return feed;
        });
        services.AddSingleton<IChangeFeed>(sp => sp.GetRequiredService<ChangeFeed>());
        services.AddSingleton<IStreamHeads>(sp => sp.GetRequiredService<ChangeFeed>());
        services.AddSingleton<IBlobStore>(sp => new SqliteBlobStore(normalised, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStorageProbe>(_ => new SqliteProbe(normalised));
        services.AddHostedService(sp => new SchemaHostedService(
            ct => SqliteSchema.ApplyAsync(normalised, sp.GetRequiredService<ILogger<SchemaHostedService>>(), ct)));
        return services;
    }

    private static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var section = configuration.GetSection("Storage:PostgreSql");
        services.AddPostgreSqlEventStore(connectionString, sp => (section.Get<PostgreSqlStorageOptions>() ?? new PostgreSqlStorageOptions()) with
        {
            Limits = sp.GetRequiredService<EventStoreLimits>(),
            PollInterval = sp.GetRequiredService<IOptions<StorageOptions>>().Value.FeedPollInterval,
        });
        services.AddSingleton<IBlobStore>(sp => new PostgreSqlBlobStore(sp.GetRequiredService<PostgreSqlStorage>().DataSource));
        services.AddSingleton<IStorageProbe>(sp => new PostgreSqlProbe(sp.GetRequiredService<PostgreSqlStorage>()));
        return services;
    }
}
