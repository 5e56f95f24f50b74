using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// Reacts to recorded link faults (链路告警), on every node with connections to the session: a centre gone silent is
/// pushed to the host as <c>Presence</c> and, when checked-in members sit there, as an <c>Alert</c> (<see cref="LinkAlerts"/>)
/// to the host, that centre's staff and the session's live observers (<see cref="LinkFaultAudience"/>), and suspends the session when
/// <see cref="PresenceOptions.AutoSuspend"/> is on; a centre back is pushed likewise (<c>site.back</c>). The
/// suspension's command id comes from the silence event's version, so however many nodes react, it is recorded once.
/// </summary>
public sealed class LinkHealthFeed(
    IChangeFeed feed,
    IHubContext<EvaluationHub, IEvaluationClient> hub,
    IGrainFactory grains,
    LinkTracker tracker,
    IOptions<PresenceOptions> options,
    ILogger<LinkHealthFeed> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Followed> followed = new(StringComparer.Ordinal);

    /// <summary>Follows <paramref name="sessionId"/> after <paramref name="afterVersion"/> while <paramref name="connectionId"/> stays.</summary>
    public void Watch(string sessionId, string hostSiteId, long afterVersion, string connectionId)
    {
        lock (gate)
        {
            if (!followed.TryGetValue(sessionId, out var session))
            {
                followed[sessionId] = session = new Followed();
                session.Follower = feed.Follow(HubGroups.Stream(sessionId), afterVersion, (stored, _) => ReactAsync(sessionId, hostSiteId, stored));
            }

            session.Connections.Add(connectionId);
        }
    }

    /// <summary>The connection left; the last one to leave stops following the session.</summary>
    public void Unwatch(string sessionId, string connectionId)
    {
        IDisposable? stop = null;
        lock (gate)
        {
            if (followed.TryGetValue(sessionId, out var session) && session.Connections.Remove(connectionId) && session.Connections.Count == 0)
            {
                followed.Remove(sessionId);
                stop = session.Follower;
            }
        }

        stop?.Dispose();
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var session in followed.Values)
            {
                session.Follower?.Dispose();
            }

            followed.Clear();
        }
    }

    private async ValueTask ReactAsync(string sessionId, string hostSiteId, StoredEvent stored)
    {
        // Only link faults matter here; everything else is the broadcaster's, and is not decoded twice.
        if (!LinkAlerts.IsLinkFault(stored))
        {
            return;
        }

        try
        {
            var host = hub.Clients.Group(HostGroup.Of(sessionId, hostSiteId));
            switch (SessionEventView.Decode(stored))
            {
                case SiteWentSilent silent:
                    tracker.Recorded(sessionId, silent.SiteId, silent: true);
                    await host.Presence(new PresenceUpdate(sessionId, silent.SiteId, false, null, silent.LastHeardAt));
                    if (LinkAlerts.OfSilence(sessionId, silent) is { } silentAlert)
                    {
                        await Alerted(sessionId, hostSiteId, silent.SiteId).Alert(silentAlert);
                        if (options.Value.AutoSuspend)
                        {
                            await SuspendAsync(sessionId, hostSiteId, silent, stored.Version);
                        }
                    }

                    break;

                case SiteCameBack back:
                    tracker.Recorded(sessionId, back.SiteId, silent: false, back.At);
                    var roundTrip = tracker.RoundTripOf(sessionId, back.SiteId);
                    await host.Presence(new PresenceUpdate(sessionId, back.SiteId, true, roundTrip?.TotalMilliseconds, back.At));
                    await Alerted(sessionId, hostSiteId, back.SiteId).Alert(LinkAlerts.OfReturn(sessionId, back));
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PresenceLog.Failed(logger, sessionId, ex);
        }
    }

    private IEvaluationClient Alerted(string sessionId, string hostSiteId, string siteId) =>
        hub.Clients.Groups(LinkFaultAudience.Of(sessionId, hostSiteId, siteId));

    private async Task SuspendAsync(string sessionId, string hostSiteId, SiteWentSilent silent, long version)
    {
        // A node that reads the event late must not suspend for a centre that has come back since.
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        if (!(await session.GetSnapshotAsync()).State.Presence.IsSilent(silent.SiteId))
        {
            return;
        }

        var command = new SuspendSession(SystemHost.Actor, $"Centre {silent.SiteId} went silent (last heard {silent.LastHeardAt:u}); suspended automatically.");
        var result = await session.ExecuteAsync(command, SystemHost.Context($"auto-suspend:{version}", hostSiteId));
        if (result.Rejection is { Code: not SessionRejections.AlreadySuspended } refused)
        {
            PresenceLog.RecordRefused(logger, nameof(SuspendSession), sessionId, refused.Code);
        }
    }

    private sealed class Followed
    {
        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);

        public IDisposable? Follower { get; set; }
    }
}
