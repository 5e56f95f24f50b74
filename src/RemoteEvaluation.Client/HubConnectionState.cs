namespace RemoteEvaluation.Client;

/// <summary>Where a <see cref="HubConnection"/> is in its life.</summary>
public enum HubConnectionState
{
    /// <summary>Not started, stopped, or gave up reconnecting.</summary>
    Disconnected,

    /// <summary>Connecting for the first time (<see cref="HubConnection.StartAsync"/>).</summary>
    Connecting,

    /// <summary>Connected and handshaken; invocations are sent.</summary>
    Connected,

    /// <summary>Lost the connection and trying again with backoff; invocations fail fast.</summary>
    Reconnecting,
}
