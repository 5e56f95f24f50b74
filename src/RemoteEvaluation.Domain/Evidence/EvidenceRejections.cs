namespace RemoteEvaluation.Domain.Evidence;

/// <summary>Stable codes of refused evidence-package exports (证据包); never renamed.</summary>
public static class EvidenceRejections
{
    /// <summary>The session is not closed or archived yet: its record is still being written.</summary>
    public const string SessionNotClosed = "evidence.session_not_closed";
}
