namespace RemoteEvaluation.Contracts;

/// <summary>
/// What the hubs push to a connected client (server to client). The method names are the
/// SignalR targets on the wire (<c>ReceiveEvents</c>, <c>Heartbeat</c>, <c>Presence</c>, <c>Alert</c>);
/// every method has one argument so any client can register a handler per target.
/// </summary>
public interface IEvaluationClient
{
    /// <summary>
    /// Events the client may see, in version order within each stream. May repeat versions the
    /// client already has (after a resync); clients drop those.
    /// </summary>
    Task ReceiveEvents(IReadOnlyList<EventEnvelope> events);

    /// <summary>A heartbeat (心跳) probe; the client answers it so the server can measure round-trip time.</summary>
    Task Heartbeat(HeartbeatProbe probe);

    /// <summary>A site's presence (在线状态) changed or its round-trip time was measured again.</summary>
    Task Presence(PresenceUpdate update);

    /// <summary>An alert (告警) for the host, for example a site with experts that went silent.</summary>
    Task Alert(AlertNotice alert);
}
