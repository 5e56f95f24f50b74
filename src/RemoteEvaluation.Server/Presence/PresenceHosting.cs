using RemoteEvaluation.Server.Documents;

namespace RemoteEvaluation.Server.Presence;

/// <summary>Presence, heartbeats, link faults and the document-view coalescer; settings in section <c>Presence</c>.</summary>
public static class PresenceHosting
{
    public static WebApplicationBuilder AddPresence(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PresenceOptions>().Bind(builder.Configuration.GetSection("Presence"))
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.SilenceAfter > TimeSpan.Zero, "Presence:HeartbeatInterval and Presence:SilenceAfter must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<LinkTracker>();
        builder.Services.AddSingleton<LinkHealthFeed>();
        builder.Services.AddSingleton<ConnectionPresence>();
        builder.Services.AddSingleton<LinkMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LinkMonitor>());
        builder.Services.AddSingleton<DocumentViews>();
        return builder;
    }
}
