using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Reports;

/// <summary>Assembles the evaluation report (评标报告) from the session as it stands.</summary>
public static class ReportBuilder
{
    public static EvaluationReport Build(SessionState state) => new(
        state.ProjectCode ?? string.Empty,
        state.ProjectName ?? string.Empty,
        state.Criteria!.Method,
        [.. state.Members.Select(m => new ReportMember(m.PersonId, m.Member.Kind, m.Member.SiteId, m.PersonId == state.ChairId, m.Status, m.Late, m.ReplacedBy))],
        [.. (state.ReviewOutcomes ?? []).Where(o => !o.Passed)],
        state.Summary!,
        [.. state.Sheets.OrderBy(h => h.BidderId, StringComparer.Ordinal).ThenBy(h => h.Part).ThenBy(h => h.ExpertId, StringComparer.Ordinal)],
        state.Ranking!,
        state.Clarifications,
        state.Rechecks,
        [.. state.Signatures.Where(s => s.CountsAs == ReportStance.Dissent).Select(s => new Dissent(s.PersonId, s.Reason ?? string.Empty))]);
}
