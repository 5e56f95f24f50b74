using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace RemoteEvaluation.Server.Benchmarks;

/// <summary>
/// The bare relay (裸转发基准): no storage, no authorization, no grain — a host joins a group and a sender's message is
/// pushed to it. The simulator measures it beside the evaluation hub in the same run, so the difference is what the
/// service adds. Mapped at <c>/hubs/relay</c> only when <c>Diagnostics:RelayHub</c> is true.
/// </summary>
[AllowAnonymous]
public sealed class RelayHub : Hub
{
    public const string Path = "/hubs/relay";

    public const string Setting = "Diagnostics:RelayHub";

    /// <summary>Joins the host group of <paramref name="sessionId"/>.</summary>
    public Task Join(string sessionId) => Groups.AddToGroupAsync(Context.ConnectionId, $"relay:{sessionId}");

    /// <summary>Pushes <paramref name="payload"/> to the host group on <c>Relayed</c>; answers the sequence number back, as an ack would.</summary>
    public async Task<long> Relay(string sessionId, long sequence, string payload)
    {
        await Clients.Group($"relay:{sessionId}").SendAsync("Relayed", sequence, payload);
        return sequence;
    }
}

public static class RelayHubEndpoints
{
    public static WebApplication MapRelayHub(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(RelayHub.Setting))
        {
            app.MapHub<RelayHub>(RelayHub.Path);
        }

        return app;
    }
}
