using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// This node's view of link health (链路状态): the connections that joined a session from a centre, the probe each one
/// owes an answer to, and per centre when it was last heard and its last round-trip time. Pure bookkeeping with the
/// time passed in, so tests drive it without waiting. A node hears only its own connections; what every node must
/// know (a centre went silent, came back) is recorded as events and pushed from the feed.
/// </summary>
public sealed class LinkTracker
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ConnectionLink> connections = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Session, string Site), SiteLink> sites = [];
    private readonly Dictionary<string, string> hosts = new(StringComparer.Ordinal);
    private long sequence;

    /// <summary>Starts probing <paramref name="connectionId"/>, which joined <paramref name="sessionId"/> from <paramref name="siteId"/>.</summary>
    public void Track(string connectionId, string sessionId, string siteId, string hostSiteId, bool recordedSilent, DateTimeOffset now)
    {
        lock (gate)
        {
            Untrack(connectionId); // a connection joins from one centre of one session at a time
            connections[connectionId] = new ConnectionLink(sessionId, siteId);
            hosts[sessionId] = hostSiteId;
            if (!sites.TryGetValue((sessionId, siteId), out var site))
            {
                sites[(sessionId, siteId)] = site = new SiteLink();
            }

            if (!site.Connections.Contains(connectionId))
            {
                site.Connections.Add(connectionId);
            }

            site.LastHeardAt = now; // joining is hearing from it
            site.RecordedSilent = recordedSilent;
        }
    }

    /// <summary>
    /// Stops probing a connection. Its centre stays tracked with its last-heard time: a link that fails usually closes
    /// its sockets, and that is exactly the silence the host must hear about.
    /// </summary>
    public void Untrack(string connectionId)
    {
        lock (gate)
        {
            if (connections.Remove(connectionId, out var link) && sites.TryGetValue((link.SessionId, link.SiteId), out var site))
            {
                site.Connections.Remove(connectionId);
            }
        }
    }

    /// <summary>
    /// The next probe for each tracked centre of a session in <paramref name="slice"/> of <paramref name="slices"/> (a
    /// centre is always in the same slice), sent to one of its connections in turn: the round trip and the silence are
    /// the centre's link's, and probing every connection multiplied the heartbeats by the people sitting there. A
    /// connection that does not answer is passed over next round, long before the centre counts as silent. Each probe
    /// replaces the one before on that connection (only the latest is timed).
    /// </summary>
    public IReadOnlyList<(string ConnectionId, HeartbeatProbe Probe)> Probe(DateTimeOffset now, int slice = 0, int slices = 1)
    {
        lock (gate)
        {
            var probes = new List<(string, HeartbeatProbe)>();
            foreach (var ((sessionId, siteId), site) in sites)
            {
                if (site.Connections.Count == 0 || SliceOf(sessionId, siteId, slices) != slice)
                {
                    continue;
                }

                var connectionId = site.Connections[site.Turn++ % site.Connections.Count];
                var link = connections[connectionId];
                link.Pending = new HeartbeatProbe(++sequence, now);
                probes.Add((connectionId, link.Pending));
            }

            return probes;
        }
    }

    /// <summary>The answer to a probe: the centre is heard now, with the round trip of that probe. Null for a probe never sent to this connection.</summary>
    public SiteHeard? Answer(string connectionId, long probeSequence, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!connections.TryGetValue(connectionId, out var link) || link.Pending?.Sequence != probeSequence)
            {
                return null;
            }

            var site = sites[(link.SessionId, link.SiteId)];
            site.LastHeardAt = now;
            site.RoundTrip = now - link.Pending.SentAt;
            link.Pending = null;
            var wasSilent = site.RecordedSilent;
            return new SiteHeard(new PresenceUpdate(link.SessionId, link.SiteId, true, site.RoundTrip.Value.TotalMilliseconds, now), hosts[link.SessionId], wasSilent);
        }
    }

    /// <summary>
    /// Centres unheard for longer than <paramref name="silenceAfter"/> and not yet recorded as silent; each is returned
    /// once (it counts as recorded from here on). A centre with no connection left here is forgotten after it is returned.
    /// </summary>
    public IReadOnlyList<SiteSilence> Silent(DateTimeOffset now, TimeSpan silenceAfter)
    {
        lock (gate)
        {
            var silent = new List<SiteSilence>();
            foreach (var ((sessionId, siteId), site) in sites)
            {
                if (!site.RecordedSilent && now - site.LastHeardAt > silenceAfter)
                {
                    site.RecordedSilent = true;
                    silent.Add(new SiteSilence(sessionId, siteId, hosts[sessionId], site.LastHeardAt, HasConnections(sessionId, siteId)));
                }
            }

            foreach (var orphan in silent.Where(s => !s.StillConnectedHere))
            {
                sites.Remove((orphan.SessionId, orphan.SiteId));
            }

            return silent;
        }
    }

    /// <summary>
    /// The log says whether the centre is silent (recorded by any node). A centre recorded back was heard at
    /// <paramref name="backAt"/> by some node: this node counts that as hearing it too, or it would record the centre
    /// silent again before its own next probe of that centre's connections was answered.
    /// </summary>
    public void Recorded(string sessionId, string siteId, bool silent, DateTimeOffset? backAt = null)
    {
        lock (gate)
        {
            if (sites.TryGetValue((sessionId, siteId), out var site))
            {
                site.RecordedSilent = silent;
                if (!silent && backAt > site.LastHeardAt)
                {
                    site.LastHeardAt = backAt.Value;
                }
            }
        }
    }

    /// <summary>Stops tracking a centre here (it is heard by another node, or its session is over).</summary>
    public void Forget(string sessionId, string siteId)
    {
        lock (gate)
        {
            sites.Remove((sessionId, siteId));
            foreach (var id in connections.Where(c => c.Value.SessionId == sessionId && c.Value.SiteId == siteId).Select(c => c.Key).ToList())
            {
                connections.Remove(id);
            }
        }
    }

    /// <summary>The last round trip measured for a centre here, if any.</summary>
    public TimeSpan? RoundTripOf(string sessionId, string siteId)
    {
        lock (gate)
        {
            return sites.TryGetValue((sessionId, siteId), out var site) ? site.RoundTrip : null;
        }
    }

    private bool HasConnections(string sessionId, string siteId) => sites[(sessionId, siteId)].Connections.Count > 0;

    private static uint SliceOf(string sessionId, string siteId, int slices) =>
        (uint)HashCode.Combine(StringComparer.Ordinal.GetHashCode(sessionId), StringComparer.Ordinal.GetHashCode(siteId)) % (uint)slices;

    private sealed class ConnectionLink(string sessionId, string siteId)
    {
        public string SessionId { get; } = sessionId;

        public string SiteId { get; } = siteId;

        public HeartbeatProbe? Pending { get; set; }
    }

    private sealed class SiteLink
    {
        public DateTimeOffset LastHeardAt { get; set; }

        public TimeSpan? RoundTrip { get; set; }

        public bool RecordedSilent { get; set; }

        /// <summary>This centre's connections to the session on this node, probed in turn.</summary>
        public List<string> Connections { get; } = [];

        public int Turn { get; set; }
    }
}
