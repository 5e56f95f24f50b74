using System.Text.Json.Serialization;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>The coordinator API (协调接口): experts, centres and draws, and the reveal of draw secrets.</summary>
public static class CoordinationHosting
{
    public static IServiceCollection AddCoordination(this IServiceCollection services)
    {
        // Statuses, levels and kinds travel by name, as they are stored.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<DrawSecretVault>();
        services.AddSingleton<DrawRevealer>();
        services.AddHostedService(sp => sp.GetRequiredService<DrawRevealer>());
        return services;
    }

    /// <summary><c>/api/experts/…</c>, <c>/api/sites/…</c> and <c>/api/draws/…</c>.</summary>
    public static WebApplication MapCoordination(this WebApplication app)
    {
        app.MapGroup("/api").MapExperts().MapSites().MapDraws();
        return app;
    }
}
