namespace RemoteEvaluation.Server.Documents;

/// <summary>Source-generated logs of the document view (event ids 3600–3699).</summary>
internal static partial class DocumentLog
{
    [LoggerMessage(3601, LogLevel.Information, "A document position for session {SessionId} was refused when written: {Code}")]
    public static partial void Refused(ILogger logger, string sessionId, string code);

    [LoggerMessage(3602, LogLevel.Warning, "A document position for session {SessionId} could not be written")]
    public static partial void Failed(ILogger logger, string sessionId, Exception exception);
}
