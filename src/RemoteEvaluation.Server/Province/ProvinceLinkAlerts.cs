using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Server.Presence;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Province;

/// <summary>
/// The link alerts (链路告警) the province board tells coordinators: every silence and return recorded in a session of
/// today (<see cref="LinkAlerts"/>), read from the session's stream, in order and once each, while anyone watches the
/// board on this node. Read from the events, not from the board's views: a centre silent and back between two views
/// compared was never told.
/// </summary>
public sealed class ProvinceLinkAlerts(IChangeFeed feed, IHubContext<ProvinceHub, IProvinceClient> hub, ILogger<ProvinceLinkAlerts> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IDisposable> followed = new(StringComparer.Ordinal);
    private int watchers;

    /// <summary>Whether anyone watches the board on this node; read on every append heard, so without the lock.</summary>
    public bool Watched => Volatile.Read(ref watchers) > 0;

    public void Watching()
    {
        lock (gate)
        {
            watchers++;
        }
    }

    /// <summary>The last watcher on this node left: nobody here to tell, so nothing is followed any more.</summary>
    public void StoppedWatching()
    {
        lock (gate)
        {
            if (--watchers > 0)
            {
                return;
            }

            StopAll();
        }
    }

    /// <summary>
    /// Tells coordinators of every link fault of <paramref name="sessionId"/> after <paramref name="afterVersion"/>, unless
    /// it is followed already (which goes on from where it is, so nothing is told twice) or nobody watches here.
    /// </summary>
    public void Follow(string sessionId, long afterVersion)
    {
        lock (gate)
        {
            if (watchers > 0 && !followed.ContainsKey(sessionId))
            {
                followed[sessionId] = feed.Follow(HubGroups.Stream(sessionId), afterVersion, (stored, _) => TellAsync(sessionId, stored));
            }
        }
    }

    /// <summary>A session no longer today's is followed no more.</summary>
    public void Forget(string sessionId)
    {
        IDisposable? follower;
        lock (gate)
        {
            followed.Remove(sessionId, out follower);
        }

        follower?.Dispose();
    }

    public void Dispose()
    {
        lock (gate)
        {
            StopAll();
        }
    }

    private void StopAll()
    {
        foreach (var follower in followed.Values)
        {
            follower.Dispose();
        }

        followed.Clear();
    }

    private async ValueTask TellAsync(string sessionId, StoredEvent stored)
    {
        if (!LinkAlerts.IsLinkFault(stored))
        {
            return;
        }

        try
        {
            if (LinkAlerts.Of(sessionId, SessionEventView.Decode(stored)) is { } alert)
            {
                await hub.Clients.Group(HubGroups.ProvinceCoordinators).Alert(alert);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProvinceLog.AlertFailed(logger, stored.StreamId, stored.Version, ex);
        }
    }
}
