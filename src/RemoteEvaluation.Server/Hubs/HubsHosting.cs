using Microsoft.AspNetCore.SignalR;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>The real-time hubs: SignalR with the contracts' JSON metadata, the pusher, and the endpoints under <c>/hubs</c>.</summary>
public static class HubsHosting
{
    /// <summary>Where <see cref="EvaluationHub"/> listens.</summary>
    public const string EvaluationPath = "/hubs/evaluation";

    /// <summary>Call after <c>AddAccounts</c>: the hubs authorize with its schemes and access rules.</summary>
    public static WebApplicationBuilder AddEvaluationHubs(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(o =>
        {
            o.PayloadSerializerOptions.TypeInfoResolver = JsonTypeInfoResolver.Combine(ContractsJsonContext.Default, new DefaultJsonTypeInfoResolver());
            // Domain enums (PartKind, ReportStance…) travel by name, as they are stored.
            o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        // A database outage reaches clients as the retriable store.unavailable, on every hub.
        builder.Services.Configure<HubOptions>(o => o.AddFilter<StoreOutageFilter>());
        builder.Services.AddSingleton<SessionBroadcaster>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SessionBroadcaster>());
        return builder;
    }

    public static WebApplication MapEvaluationHubs(this WebApplication app)
    {
        // An expert token ends with its session: close the connection then rather than when the client leaves.
        app.MapHub<EvaluationHub>(EvaluationPath, o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
