using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// This node's pusher (推送): for every session with connections here it follows the session stream on the change feed
/// and sends each new event, through <c>EventVisibility</c>, to the group of each audience joined here. Every node
/// follows the shared log, so a command on any node reaches the clients of every node; grains never touch hubs.
/// </summary>
public sealed class SessionBroadcaster(IChangeFeed feed, IHubContext<EvaluationHub, IEvaluationClient> hub, ILogger<SessionBroadcaster> logger)
    : IHostedService
{
    // Kept as fields so that each followed session (a nested class) can reach them.
    private readonly IChangeFeed feed = feed;
    private readonly IHubContext<EvaluationHub, IEvaluationClient> hub = hub;
    private readonly ILogger logger = logger;
    private readonly Lock gate = new();
    private readonly Dictionary<string, SessionWatch> watches = new(StringComparer.Ordinal);

    /// <summary>Whether this node follows <paramref name="sessionId"/> right now (some connection here joined it).</summary>
    public bool IsWatching(string sessionId)
    {
        lock (gate)
        {
            return watches.ContainsKey(sessionId);
        }
    }

    /// <summary>
    /// Pushes <paramref name="sessionId"/>'s events after <paramref name="snapshot"/> to <paramref name="audience"/>, for as
    /// long as <paramref name="connectionId"/> stays; answers the audience the connection had before, if any.
    /// </summary>
    public Audience? Watch(string sessionId, SessionSnapshot snapshot, string connectionId, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (gate)
        {
            if (!watches.TryGetValue(sessionId, out var watch))
            {
                watch = new SessionWatch(this, sessionId, snapshot.State);
                watches[sessionId] = watch;
                watch.Start(snapshot.Version);
            }

            watch.Connections.TryGetValue(connectionId, out var earlier);
            watch.Connections[connectionId] = audience;
            watch.Audiences = null;
            return earlier;
        }
    }

    /// <summary>The connection left; the last one to leave a session stops its follower.</summary>
    public void Unwatch(string sessionId, string connectionId)
    {
        SessionWatch? stopped = null;
        lock (gate)
        {
            if (watches.TryGetValue(sessionId, out var watch) && watch.Connections.Remove(connectionId))
            {
                watch.Audiences = null;
                if (watch.Connections.Count == 0)
                {
                    watches.Remove(sessionId);
                    stopped = watch;
                }
            }
        }

        stopped?.Dispose();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        List<SessionWatch> all;
        lock (gate)
        {
            all = [.. watches.Values];
            watches.Clear();
        }

        all.ForEach(w => w.Dispose());
        return Task.CompletedTask;
    }

    private IReadOnlyList<(Audience Audience, string Group)> AudiencesOf(SessionWatch watch)
    {
        lock (gate)
        {
            // Named when connections come or go, not for every event: a score sheet is pushed to a dozen audiences.
            return watch.Audiences ??= [.. watch.Connections.Values.DistinctBy(a => a.Key).Select(a => (a, HubGroups.Audience(watch.SessionId, a)))];
        }
    }

    /// <summary>One followed session: its state as of the last pushed event (only the follower's loop touches it).</summary>
    private sealed class SessionWatch(SessionBroadcaster owner, string sessionId, SessionState state) : IDisposable
    {
        private IDisposable? follower;

        public Dictionary<string, Audience> Connections { get; } = new(StringComparer.Ordinal);

        /// <summary>The distinct audiences of <see cref="Connections"/> with their group names; null after a change (under the owner's gate).</summary>
        public IReadOnlyList<(Audience Audience, string Group)>? Audiences { get; set; }

        public string SessionId => sessionId;

        public void Start(long afterVersion) =>
            follower = owner.feed.Follow(HubGroups.Stream(sessionId), afterVersion, PushAsync);

        public void Dispose() => follower?.Dispose();

        private async ValueTask PushAsync(StoredEvent stored, CancellationToken cancellationToken)
        {
            var e = SessionEventView.Decode(stored);
            try
            {
                var alert = SupervisionAlerts.For(sessionId, e);
                foreach (var (envelope, groups) in PushPlan.For(state, stored, e, owner.AudiencesOf(this)))
                {
                    var clients = owner.hub.Clients.Groups(groups);
                    await clients.ReceiveEvents([envelope]);
                    if (alert is not null && envelope.Type != EventEnvelope.HiddenType)
                    {
                        await clients.Alert(alert);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A client that missed this push gets it from its next resync; the state must still move on.
                HubLog.PushFailed(owner.logger, stored.StreamId, stored.Version, ex);
            }
            finally
            {
                state = SessionDecider.Evolve(state, e);
            }
        }
    }
}
