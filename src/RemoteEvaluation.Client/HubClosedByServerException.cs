namespace RemoteEvaluation.Client;

/// <summary>
/// The server ended the connection: a SignalR close message (its error text, if any, is the message)
/// or a WebSocket close without one. Reported by <see cref="HubConnection.Reconnecting"/> and
/// <see cref="HubConnection.Closed"/>.
/// </summary>
public sealed class HubClosedByServerException : Exception
{
    public HubClosedByServerException()
    {
    }

    public HubClosedByServerException(string message)
        : base(message)
    {
    }

    public HubClosedByServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HubClosedByServerException(string message, bool allowReconnect)
        : base(message)
    {
        AllowReconnect = allowReconnect;
    }

    /// <summary>
    /// The close message's <c>allowReconnect</c>. ASP.NET Core leaves it false on every server-side
    /// abort (<c>Context.Abort()</c>, shutdown), so it is a hint for <see cref="HubConnectionOptions.ShouldReconnect"/>, not a verdict.
    /// </summary>
    public bool AllowReconnect { get; }
}
