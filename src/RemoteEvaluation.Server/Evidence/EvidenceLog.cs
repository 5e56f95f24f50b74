namespace RemoteEvaluation.Server.Evidence;

/// <summary>Source-generated log messages of evidence export (event ids 3900–3999). Keys are never logged.</summary>
internal static partial class EvidenceLog
{
    [LoggerMessage(3901, LogLevel.Information, "Session {SessionId}: evidence package exported by {User}, {Bytes} bytes, {Draws} draw(s), signed by centre {SiteId}")]
    public static partial void Exported(ILogger logger, string sessionId, string? user, long bytes, int draws, string siteId);
}
