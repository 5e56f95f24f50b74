namespace RemoteEvaluation.Server.Hubs;

/// <summary>Source-generated logs of the hubs (event ids 3300–3399).</summary>
internal static partial class HubLog
{
    [LoggerMessage(3301, LogLevel.Warning, "Pushing {Stream} version {Version} failed; clients catch up on resync")]
    public static partial void PushFailed(ILogger logger, string stream, long version, Exception exception);
}
