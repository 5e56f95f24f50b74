namespace RemoteEvaluation.Client;

/// <summary>
/// An invocation did not get its answer because there was no connection, or the connection was lost
/// while it was pending. When <see cref="MayHaveReachedServer"/> is true the server may have run it:
/// send the same command again with the same command id, and the server answers with the first outcome.
/// </summary>
public sealed class HubDisconnectedException : Exception
{
    public HubDisconnectedException(string message, bool mayHaveReachedServer, Exception? innerException = null)
        : base(message, innerException)
    {
        MayHaveReachedServer = mayHaveReachedServer;
    }

    public HubDisconnectedException()
        : this("The hub connection is not connected.", false)
    {
    }

    public HubDisconnectedException(string message)
        : this(message, false)
    {
    }

    public HubDisconnectedException(string message, Exception innerException)
        : this(message, true, innerException)
    {
    }

    /// <summary>Whether the invocation was sent before the connection was lost.</summary>
    public bool MayHaveReachedServer { get; }
}
