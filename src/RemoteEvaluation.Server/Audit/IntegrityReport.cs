using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// The answer of an integrity check (完整性校验) of one session's hash chain: intact through <c>Version</c>, or broken
/// first at <c>Version</c>, with the check that failed (<see cref="ChainChecks"/>), the reason, and the expected and
/// actual hash where the check compares hashes. Streams have no global position; the stream version names the event.
/// </summary>
public sealed record IntegrityReport(string SessionId, bool Intact, long Version, string? Check, string? Problem, string? ExpectedHash, string? ActualHash)
{
    public static IntegrityReport Of(string sessionId, ChainVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return new(sessionId, verification.IsIntact, verification.Version, verification.Check, verification.Problem, verification.ExpectedHash, verification.ActualHash);
    }
}
