using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>Telemetry and health, the same for every node.</summary>
public static class ServiceDefaults
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddOpenTelemetryWhenConfigured();

        // A database outage answers 503 store.unavailable with Retry-After; other failures keep the default problem 500.
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<StoreOutageHandler>();
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready])
            .AddCheck<ChangeFeedHealthCheck>("change-feed", tags: [Ready]);
        return builder;
    }

    /// <summary>First in the pipeline, so that every endpoint's failure goes through <see cref="StoreOutageHandler"/>.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        return app;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database and the change feed work too.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}
