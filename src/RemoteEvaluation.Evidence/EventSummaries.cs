using System.Globalization;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Evidence;

/// <summary>One readable line per session event (事件摘要), for the terminal replay; unknown events show their type.</summary>
public static class EventSummaries
{
    public static string Of(SessionEvent e) => e switch
    {
        SessionScheduled s => $"scheduled {s.ProjectCode} \"{s.ProjectName}\" at {s.HostSiteId}, starts {s.StartsAt:yyyy-MM-dd HH:mm}",
        RemoteSiteLinked s => $"remote centre {s.SiteId} linked",
        CriteriaAdopted s => $"criteria \"{s.Criteria.Name}\" adopted",
        BidsRegistered s => $"{s.Bids.Count} bid(s) registered: {string.Join(", ", s.Bids.Select(b => b.BidderId))}",
        SessionOpened => "session opened",
        SessionSuspended s => $"suspended: {s.Reason} (deadline {s.Deadline:HH:mm})",
        SessionResumed => "resumed",
        SessionAbandoned s => $"abandoned: {s.Reason}",
        SessionClosed => "session closed, report final",
        SessionArchived s => $"archived, final chain hash {Short(s.FinalChainHash)}",
        CommitteeSeated s => $"committee of {s.Members.Count} seated by the draw",
        ReplacementRequested s => $"replacement requested for {s.PersonId} ({s.Reason})",
        ReplacementSeated s => $"{s.Member.PersonId} seated in place of {s.ReplacesPersonId}",
        MemberCheckedIn s => $"{s.PersonId} checked in at {s.SiteId}, verified by {s.VerifiedBy}{(s.Late ? " (late)" : "")}",
        MemberAbsent s => $"{s.PersonId} marked absent at {s.SiteId}",
        NoConflictDeclared s => $"{s.PersonId} declares no conflict",
        ConflictDeclared s => $"{s.PersonId} declares a conflict: {s.Detail}",
        ChairVoteCast s => $"{s.VoterId} votes {s.CandidateId} for chair",
        ChairElected s => $"{s.PersonId} elected chair{(s.TieBroken ? " (tie broken by roster order)" : "")}",
        ReviewStarted => "review started",
        PreCheckPublished s => $"pre-check published: {s.Findings.Count} finding(s)",
        ReviewVerdictsSubmitted s => $"{s.MemberId} reviews {s.BidderId}: {(s.Verdicts.All(v => v.Pass) ? "passes" : "fails " + string.Join(", ", s.Verdicts.Where(v => !v.Pass).Select(v => v.ItemId)))}",
        ReviewConcluded s => $"review concluded: {string.Join(", ", s.Outcomes.Select(o => $"{o.BidderId} {(o.Passed ? "passed" : "rejected")}"))}",
        ClarificationRequested s => $"clarification {s.ClarificationId} asked of {s.BidderId}",
        ClarificationAnswered s => $"clarification {s.ClarificationId} answered by {s.BidderId}{(s.AttachmentSha256 is null ? "" : $", attachment {Short(s.AttachmentSha256)}")}",
        ScoringOpened s => $"scoring opened (seed {s.Seed.ToString(CultureInfo.InvariantCulture)})",
        ScoreSheetSubmitted s => $"{s.ExpertId} submits {s.Part} sheet for {s.BidderId}: {string.Join(", ", s.Scores.Select(i => $"{i.ItemId} {i.Score.ToString(CultureInfo.InvariantCulture)}"))}",
        ScoreSheetSigned s => $"{s.ExpertId} signs {s.Part} sheet for {s.BidderId}",
        IdentitiesRevealed => "bidder identities revealed",
        SummaryComputed => "summary table computed",
        DeviationExplained s => $"deviation explained by {s.Explanation}",
        ScoreRechecked s => $"re-check: {s.Change.ExpertId ?? "objective"} {s.Change.BidderId}/{s.Change.ItemId} {s.Change.OldScore.ToString(CultureInfo.InvariantCulture)} → {s.Change.NewScore.ToString(CultureInfo.InvariantCulture)} ({s.Change.Ground}): {s.Change.Reason}",
        TendererDecisionRecorded s => $"tenderer's decision recorded by {s.DecidedBy}: {string.Join(" > ", s.Order)}",
        SummaryAccepted => "summary accepted",
        ReportDrafted => "report drafted",
        ReportSigned s => $"{s.Signature.PersonId} signs the report: {s.Signature.Given}{(s.Signature.Reason is null ? "" : $" ({s.Signature.Reason})")}",
        FeesSettled s => $"fees settled for {s.Fees.Count} expert(s), total {s.Fees.Sum(f => f.Amount).ToString(CultureInfo.InvariantCulture)}",
        ExpertConductRecorded s => $"conduct recorded for {s.PersonId}{(s.Remarks.Count == 0 ? "" : ": " + string.Join("; ", s.Remarks))}",
        ChatMessagePosted s => $"chat {s.FromPersonId}@{s.FromSiteId} → {s.ToSiteId ?? "all"}: {s.Text}",
        DocumentShown s => $"{s.PresenterId} shows {s.DocumentId} page {s.Page}",
        ParticipantConnected s => $"{s.PersonId} ({s.Role}) connected from {s.SiteId}",
        ParticipantDisconnected s => $"{s.PersonId} ({s.Role}) disconnected from {s.SiteId}",
        SiteWentSilent s => $"centre {s.SiteId} went silent ({s.CheckedInMembers} member(s) checked in)",
        SiteCameBack s => $"centre {s.SiteId} is back",
        _ => e.GetType().Name,
    };

    /// <summary>The phase (评标阶段) in Chinese with its English name.</summary>
    public static string PhaseName(SessionPhase phase) => phase switch
    {
        SessionPhase.Scheduled => "已安排 Scheduled",
        SessionPhase.Opening => "开评 Opening",
        SessionPhase.Review => "资格审查 Review",
        SessionPhase.Scoring => "详细评审 Scoring",
        SessionPhase.Summary => "汇总 Summary",
        SessionPhase.Report => "评标报告 Report",
        SessionPhase.Closed => "评标结束 Closed",
        SessionPhase.Archived => "归档 Archived",
        SessionPhase.Abandoned => "终止 Abandoned",
        _ => "— None",
    };

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
