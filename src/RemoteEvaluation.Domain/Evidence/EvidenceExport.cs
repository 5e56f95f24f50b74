using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Evidence;

/// <summary>
/// When a session's evidence package (证据包) may be exported: once it is closed (评标结束) or archived (归档), so the
/// package is the whole record and its final hash stays final. An abandoned session is re-run, not evidenced here.
/// </summary>
public static class EvidenceExport
{
    public static Rejection? MayExport(SessionState session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Phase is SessionPhase.Closed or SessionPhase.Archived
            ? null
            : new Rejection(EvidenceRejections.SessionNotClosed, $"The evidence package is exported once the session is closed or archived; it is {session.Phase}.");
    }
}
