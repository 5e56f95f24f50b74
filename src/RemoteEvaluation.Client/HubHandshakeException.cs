namespace RemoteEvaluation.Client;

/// <summary>The server refused the SignalR handshake (for example an unsupported protocol) or did not answer it in time.</summary>
public sealed class HubHandshakeException : Exception
{
    public HubHandshakeException()
    {
    }

    public HubHandshakeException(string message)
        : base(message)
    {
    }

    public HubHandshakeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
