using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.CheckInCodes;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Reminders;
using RemoteEvaluation.Grains.Sites;

namespace RemoteEvaluation.Grains;

public static class GrainServiceCollectionExtensions
{
    /// <summary>The activation runtime and every grain of the service. The event store is registered by the storage layer.</summary>
    public static IServiceCollection AddGrains(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<GrainRuntimeOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GrainServices>();
        services.TryAddSingleton<GrainCatalog>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainCatalog>());
        services.AddGrain<ISessionGrain, SessionGrain>();
        services.AddGrain<IAccountGrain, AccountGrain>();
        services.AddGrain<ICheckInCodeGrain, CheckInCodeGrain>();
        services.AddExpertDraw();
        services.AddReminders();
        return services;
    }

    /// <summary>
    /// The process manager (<see cref="ReminderService"/>), started with the host. It hears of appends through an
    /// <see cref="IStreamNotifications"/> when the storage layer registers one, and sweeps the stream heads regardless.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.TryAddSingleton<ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderService>());
        return services;
    }

    public static IServiceCollection AddGrain<TInterface, TGrain>(this IServiceCollection services)
        where TInterface : class, IGrainWithStringKey
        where TGrain : Grain, TInterface
    {
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(GrainRegistry))?.ImplementationInstance as GrainRegistry;
        if (registry is null)
        {
            registry = new GrainRegistry();
            services.AddSingleton(registry);
        }

        registry.Add(typeof(TInterface), typeof(TGrain));
        return services;
    }

    /// <summary>
    /// The expert pool, the centre directory and the draw: their grains, the in-memory pool projection and the
    /// log notification gateway (replace it with <see cref="AddWebhookNotifications"/>).
    /// </summary>
    public static IServiceCollection AddExpertDraw(this IServiceCollection services)
    {
        services.TryAddSingleton<ExpertPoolProjection>();
        services.TryAddSingleton<IExpertPool>(sp => sp.GetRequiredService<ExpertPoolProjection>());
        services.TryAddSingleton<INotificationGateway, LogNotificationGateway>();
        services.TryAddSingleton<Import.ExpertImporter>();
        services.TryAddSingleton<Import.SiteDirectoryImporter>();
        services.TryAddSingleton<Import.DemoProvinceLoader>();
        services.AddGrain<IExpertGrain, ExpertGrain>();
        services.AddGrain<ISiteGrain, SiteGrain>();
        services.AddGrain<IDrawGrain, DrawGrain>();
        return services;
    }

    /// <summary>Sends draw invitations to an HTTP endpoint with retry and circuit breaker (section <c>Notifications:Webhook</c>).</summary>
    public static IServiceCollection AddWebhookNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration);
        services.AddHttpClient<WebhookNotificationGateway>();
        services.RemoveAll<INotificationGateway>();
        services.AddSingleton<INotificationGateway>(sp => sp.GetRequiredService<WebhookNotificationGateway>());
        return services;
    }
}
