using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// Who is connected from where (在线记录): when a connection joins a session it is recorded in the session stream
/// (<c>presence.connected</c>), probed by heartbeats if it joined from a centre of the session, and its session's link
/// faults are followed; when it ends, <c>presence.disconnected</c>. Command ids come from the connection id, so joining
/// again (resync) records nothing new.
/// </summary>
public sealed class ConnectionPresence(IGrainFactory grains, LinkTracker tracker, LinkHealthFeed linkFaults, TimeProvider time, ILogger<ConnectionPresence> logger)
{
    public async Task EnteredAsync(string sessionId, SessionSnapshot snapshot, Actor actor, string connectionId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(actor);
        var state = snapshot.State;
        if (state.HostSiteId is not { } host || state.Phase >= SessionPhase.Closed)
        {
            return; // nothing is live to be present at
        }

        linkFaults.Watch(sessionId, host, snapshot.Version, connectionId);
        if (state.IsSiteOfSession(actor.SiteId))
        {
            tracker.Track(connectionId, sessionId, actor.SiteId, host, state.Presence.IsSilent(actor.SiteId), time.GetUtcNow());
        }

        await RecordAsync(sessionId, new RecordConnected(SystemHost.Actor, actor, connectionId), $"connected:{connectionId}", host, connectionId);
    }

    public async Task LeftAsync(string sessionId, string connectionId)
    {
        tracker.Untrack(connectionId);
        linkFaults.Unwatch(sessionId, connectionId);
        try
        {
            var state = (await grains.GetGrain<ISessionGrain>(sessionId).GetSnapshotAsync()).State;
            if (state.HostSiteId is { } host && state.Phase < SessionPhase.Closed)
            {
                await RecordAsync(sessionId, new RecordDisconnected(SystemHost.Actor, connectionId), $"disconnected:{connectionId}", host, connectionId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The connection is gone whatever happens here; the next silence check still notices a dead centre.
            PresenceLog.Failed(logger, sessionId, ex);
        }
    }

    private async Task RecordAsync(string sessionId, SessionCommand command, string commandId, string host, string connectionId)
    {
        var result = await grains.GetGrain<ISessionGrain>(sessionId).ExecuteAsync(command, SystemHost.Context(commandId, host, connectionId));
        if (result.Rejection is { } refused)
        {
            PresenceLog.RecordRefused(logger, command.GetType().Name, sessionId, refused.Code);
        }
    }
}
