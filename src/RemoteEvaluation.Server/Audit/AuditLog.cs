namespace RemoteEvaluation.Server.Audit;

/// <summary>Source-generated log messages of the audit API (event ids 3701–3799).</summary>
internal static partial class AuditLog
{
    [LoggerMessage(3701, LogLevel.Warning, "The audit search could not catch up with {StreamId}; the next search will")]
    public static partial void CatchUpFailed(ILogger logger, string streamId, Exception exception);
}
