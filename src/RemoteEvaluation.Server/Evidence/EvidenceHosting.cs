using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Server.Evidence;

/// <summary>Evidence packages (证据包): centre keys, the export and the published keys.</summary>
public static class EvidenceHosting
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection("Evidence"))
            .Validate(o => EvidenceAlgorithms.IsKnown(o.Algorithm), $"Evidence:Algorithm must be {EvidenceAlgorithms.EcdsaP256} or {EvidenceAlgorithms.Sm2}.")
            .ValidateOnStart();
        services.AddSingleton<CentreKeyVault>();
        services.AddSingleton<SessionEvidence>();
        return services;
    }

    /// <summary><c>/api/sessions/{id}/evidence</c> and <c>/api/sites/{id}/evidence-key</c>.</summary>
    public static WebApplication MapEvidence(this WebApplication app)
    {
        app.MapGroup("/api").MapEvidence();
        return app;
    }
}
