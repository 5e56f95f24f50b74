namespace RemoteEvaluation.Client;

/// <summary>
/// Data of <see cref="HubConnection.Reconnecting"/>, <see cref="HubConnection.Reconnected"/> and
/// <see cref="HubConnection.Closed"/>: why the connection was lost or closed (null when stopped by
/// the caller or when reconnected), and how many reconnect attempts were made.
/// </summary>
public sealed class HubConnectionEventArgs(Exception? error, int attempts) : EventArgs
{
    public Exception? Error { get; } = error;

    public int Attempts { get; } = attempts;
}
