namespace RemoteEvaluation.Server.Presence;

/// <summary>Heartbeats and silence (心跳与失联), section <c>Presence</c> of the settings.</summary>
public sealed class PresenceOptions
{
    /// <summary>How often the server probes each connection that joined a session from a centre.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A centre unheard for longer than this is recorded as silent (and the host alerted when experts sit there).</summary>
    public TimeSpan SilenceAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Suspend the session automatically when a centre with checked-in experts goes silent.</summary>
    public bool AutoSuspend { get; set; }
}
