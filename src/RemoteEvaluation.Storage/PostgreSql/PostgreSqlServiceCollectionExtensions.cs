using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Storage.PostgreSql;

public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL event store, change feed and listener as singletons, and two hosted
    /// services that, in this order, apply the schema and start the listener.
    /// </summary>
    public static IServiceCollection AddPostgreSqlEventStore(
        this IServiceCollection services, string connectionString, PostgreSqlStorageOptions? options = null) =>
        services.AddPostgreSqlEventStore(connectionString, _ => options ?? new PostgreSqlStorageOptions());

    /// <param name="options">Builds the options from the container, for limits and intervals bound from configuration.</param>
    public static IServiceCollection AddPostgreSqlEventStore(
        this IServiceCollection services, string connectionString, Func<IServiceProvider, PostgreSqlStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(sp => PostgreSqlStorage.Create(
            connectionString, options(sp), sp.GetRequiredService<ILoggerFactory>(), sp.GetService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<PostgreSqlStorage>().DataSource);
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<PostgreSqlStorage>().Store);
        services.AddSingleton(sp => sp.GetRequiredService<PostgreSqlStorage>().Feed);
        services.AddSingleton<IChangeFeed>(sp => sp.GetRequiredService<PostgreSqlStorage>().Feed);
        services.AddSingleton<IStreamHeads>(sp => sp.GetRequiredService<PostgreSqlStorage>().Feed);
        services.AddSingleton(sp => sp.GetRequiredService<PostgreSqlStorage>().Listener);
        services.AddHostedService<SchemaOnStart>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlNotificationListener>());
        return services;
    }

    /// <summary>Applies the schema before anything else starts; hosted services start in registration order.</summary>
    private sealed class SchemaOnStart(PostgreSqlStorage storage) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            storage.Options.ApplySchemaOnStart ? storage.ApplySchemaAsync(cancellationToken) : Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
