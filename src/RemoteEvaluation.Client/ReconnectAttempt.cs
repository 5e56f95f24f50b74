namespace RemoteEvaluation.Client;

/// <summary>
/// What <see cref="HubConnectionOptions.ShouldReconnect"/> is asked before each reconnect attempt:
/// the attempt number (1 for the first), the error that ended the connection or failed the last
/// attempt, and how long the connection has been lost.
/// </summary>
public sealed record ReconnectAttempt(int Number, Exception? LastError, TimeSpan SinceDisconnected);
