namespace RemoteEvaluation.Server.Presence;

/// <summary>Source-generated logs of presence and link health (event ids 3400–3499).</summary>
internal static partial class PresenceLog
{
    [LoggerMessage(3401, LogLevel.Warning, "Recording {What} in session {SessionId} was refused: {Code}")]
    public static partial void RecordRefused(ILogger logger, string what, string sessionId, string code);

    [LoggerMessage(3402, LogLevel.Warning, "Link health of session {SessionId} could not be recorded or pushed")]
    public static partial void Failed(ILogger logger, string sessionId, Exception exception);

    [LoggerMessage(3403, LogLevel.Information, "Centre {SiteId} of session {SessionId} went silent; last heard at {LastHeardAt:o}")]
    public static partial void SiteSilent(ILogger logger, string sessionId, string siteId, DateTimeOffset lastHeardAt);
}
