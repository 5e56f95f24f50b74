using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Client;

/// <summary>Source-generated log messages of the hub client; event ids 6000–6099. URLs are logged without their query string, which carries the token.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(6001, LogLevel.Information, "Connected to hub {Hub}")]
    public static partial void Connected(ILogger logger, string hub);

    [LoggerMessage(6002, LogLevel.Warning, "Lost the connection to hub {Hub}; reconnecting")]
    public static partial void ConnectionLost(ILogger logger, string hub, Exception? exception);

    [LoggerMessage(6003, LogLevel.Information, "Reconnect attempt {Attempt} to hub {Hub} in {DelayMs} ms")]
    public static partial void ReconnectScheduled(ILogger logger, int attempt, string hub, long delayMs);

    [LoggerMessage(6004, LogLevel.Warning, "Reconnect attempt {Attempt} to hub {Hub} failed")]
    public static partial void ReconnectFailed(ILogger logger, int attempt, string hub, Exception exception);

    [LoggerMessage(6005, LogLevel.Information, "Reconnected to hub {Hub} after {Attempts} attempts")]
    public static partial void Reconnected(ILogger logger, string hub, int attempts);

    [LoggerMessage(6006, LogLevel.Information, "Closed the connection to hub {Hub}")]
    public static partial void Closed(ILogger logger, string hub, Exception? exception);

    [LoggerMessage(6007, LogLevel.Warning, "The resync after connecting to hub {Hub} failed")]
    public static partial void ResyncFailed(ILogger logger, string hub, Exception exception);

    [LoggerMessage(6010, LogLevel.Error, "The handler for '{Target}' threw")]
    public static partial void HandlerFailed(ILogger logger, string target, Exception exception);

    [LoggerMessage(6011, LogLevel.Debug, "No handler for '{Target}'; the push was dropped")]
    public static partial void NoHandler(ILogger logger, string target);

    [LoggerMessage(6012, LogLevel.Error, "A handler of the connection events threw")]
    public static partial void EventHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(6020, LogLevel.Warning, "The server closed the connection: {Error}")]
    public static partial void ServerClosed(ILogger logger, string? error);

    [LoggerMessage(6021, LogLevel.Warning, "The server sent nothing for {TimeoutMs} ms")]
    public static partial void ServerTimedOut(ILogger logger, long timeoutMs);
}
