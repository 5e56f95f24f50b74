namespace RemoteEvaluation.Domain.Experts;

/// <summary>The checks on a conduct record (专家行为记录) arriving from a closed session.</summary>
internal static class ExpertConduct
{
    public static Rejection? Check(ExpertState state, ConductEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.SessionId) || entry.Remarks is null || entry.Remarks.Any(string.IsNullOrWhiteSpace))
        {
            return new Rejection(ExpertRejections.FieldRequired, "A conduct record needs its session and the text of every remark.");
        }

        if (entry.Deviations < 0 || entry.ScoresRechecked < 0)
        {
            return new Rejection(ExpertRejections.InvalidCount, "Deviations and re-checked scores are counts: zero or more.");
        }

        // One record per session: the session sends its facts once, whoever forwards them.
        return state.Conduct.Any(e => e.SessionId == entry.SessionId)
            ? new Rejection(ExpertRejections.DuplicateEntry, $"Conduct in session {entry.SessionId} is already recorded.")
            : null;
    }
}
