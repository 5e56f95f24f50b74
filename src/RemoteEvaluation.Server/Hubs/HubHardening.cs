using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>What protects every hub (the <c>Hubs</c> settings): the Origin allow-list, the message size limit, the per-connection rate limit, and keeping tokens out of the logs.</summary>
public static class HubHardening
{
    /// <summary>Works with or without <c>AddSignalR</c> before it: it only configures <see cref="HubOptions"/>.</summary>
    public static IServiceCollection AddHubHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubLimitsOptions>()
            .Bind(configuration.GetSection("Hubs"))
            .Validate(o => o.MaximumReceiveMessageSize > 0, "Hubs:MaximumReceiveMessageSize must be positive.")
            .Validate(o => o.RateLimit is { Burst: > 0, TokensPerPeriod: > 0, RefusalsBeforeAbort: > 0 }, "Hubs:RateLimit counts must be positive.")
            .Validate(o => o.RateLimit.ReplenishmentPeriod > TimeSpan.Zero && o.RateLimit.FloodWindow > TimeSpan.Zero, "Hubs:RateLimit periods must be positive.")
            .Validate(o => Array.TrueForAll(o.AllowedOrigins, HubOrigins.IsOrigin), "Hubs:AllowedOrigins must hold origins written scheme://host[:port], for example https://centre.example.")
            .ValidateOnStart();
        services.AddSingleton<HubRateLimitFilter>();
        services.AddOptions<HubOptions>().Configure<IOptions<HubLimitsOptions>>((hub, limits) =>
        {
            hub.MaximumReceiveMessageSize = limits.Value.MaximumReceiveMessageSize;
            hub.AddFilter<HubRateLimitFilter>();
        });

        // Browsers and the JavaScript client send the token as ?access_token= on WebSocket requests, and the hosting
        // diagnostics log every request's URL with its query at Information. As the SignalR security docs advise, that
        // category stays at Warning; added after the configuration's rules, so a setting cannot switch it back on.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }

    /// <summary>The Origin allow-list on <c>/hubs</c>; call before authentication so a refused page costs nothing more.</summary>
    public static WebApplication UseHubOrigins(this WebApplication app)
    {
        app.UseMiddleware<HubOriginCheck>();
        return app;
    }
}
