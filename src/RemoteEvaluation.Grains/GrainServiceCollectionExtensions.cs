using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.CheckInCodes;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

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
}
