using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Presence;

namespace RemoteEvaluation.Server.Hubs;

// Presence and heartbeats: who is connected from where, and each centre's round trip.
public sealed partial class EvaluationHub
{
    /// <summary>Answers a <c>Heartbeat</c> probe (心跳应答) with its sequence; the server times the round trip on its own clock.</summary>
    public Task AnswerHeartbeat(long sequence, [FromServices] LinkMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return monitor.AnswerAsync(Context.ConnectionId, sequence);
    }

    /// <summary>After the caller joined a session: record the connection, probe it, and (the first time) record its end.</summary>
    private async Task OnEnteredAsync(string sessionId, SessionSnapshot snapshot, Actor actor, bool first)
    {
        var presence = Context.GetHttpContext()!.RequestServices.GetRequiredService<ConnectionPresence>();
        var connectionId = Context.ConnectionId;
        await presence.EnteredAsync(sessionId, snapshot, actor, connectionId);
        if (first)
        {
            Context.ConnectionAborted.Register(() => _ = presence.LeftAsync(sessionId, connectionId));
        }
    }
}
