namespace RemoteEvaluation.Server.Audit;

/// <summary>The audit API (审计接口): the search projection and replay from the log.</summary>
public static class AuditHosting
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<SessionReplay>();
        services.AddSingleton<SessionDirectory>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionDirectory>());
        return services;
    }

    /// <summary><c>/api/audit/sessions/…</c>.</summary>
    public static WebApplication MapAudit(this WebApplication app)
    {
        app.MapGroup("/api").MapAudit();
        return app;
    }
}
