using System.Collections.Immutable;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>
/// Folds one recorded event into the session state (<c>Evolve</c>, 事件回放). It trusts the log: it never rejects,
/// and an event that refers to something unknown changes nothing rather than throwing.
/// </summary>
public static class SessionEvolution
{
    public static SessionState Apply(SessionState s, SessionEvent e) => e switch
    {
        SessionScheduled x => s with
        {
            Phase = SessionPhase.Scheduled,
            ProjectCode = x.ProjectCode,
            ProjectName = x.ProjectName,
            HostSiteId = x.HostSiteId,
            StartsAt = x.StartsAt,
            EstimatedValue = x.EstimatedValue,
            Settings = x.Settings ?? EvaluationSettings.Default,
        },
        RemoteSiteLinked x => s with { RemoteSiteIds = s.RemoteSiteIds.Add(x.SiteId) },
        CriteriaAdopted x => s with { Criteria = x.Criteria },
        BidsRegistered x => s with { Bids = x.Bids },
        CommitteeSeated x => s with { Members = [.. x.Members.Select(m => new MemberState(m))] },
        MemberCheckedIn x => s.WithMember(x.PersonId, m => m with { Status = MemberStatus.CheckedIn, CheckedInAt = x.At, Late = x.Late }),
        MemberAbsent x => s.WithMember(x.PersonId, m => m with { Status = MemberStatus.Absent, LeftAt = x.At }),
        ReplacementRequested x => s with { PendingReplacements = s.PendingReplacements.Remove(x.PersonId).Add(x.PersonId) },
        ReplacementSeated x => ApplyReplacement(s, x),
        SessionOpened x => s with { Phase = SessionPhase.Opening, OpenedAt = x.At },
        NoConflictDeclared x => s.WithMember(x.PersonId, m => m with { DeclaredNoConflict = true }),
        ConflictDeclared x => s.WithMember(x.PersonId, m => m with { Status = MemberStatus.Withdrawn, LeftAt = x.At }),
        ChairVoteCast x => s with { ChairVotes = s.ChairVotes.SetItem(x.VoterId, x.CandidateId) },
        ChairElected x => s with { ChairId = x.PersonId },
        ReviewStarted => s with { Phase = SessionPhase.Review },
        PreCheckPublished x => s with { PreCheck = s.PreCheck.AddRange(x.Findings) },
        ReviewVerdictsSubmitted x => s with
        {
            ReviewSubmissions = s.ReviewSubmissions
                .RemoveAll(r => r.MemberId == x.MemberId && r.BidderId == x.BidderId)
                .Add(new ReviewSubmission(x.MemberId, x.BidderId, x.Verdicts)),
        },
        ReviewConcluded x => s with { ReviewOutcomes = x.Outcomes },
        ClarificationRequested x => s with { Clarifications = s.Clarifications.Add(new Clarification(x.ClarificationId, x.BidderId, x.Question, x.At)) },
        ClarificationAnswered x => s with
        {
            Clarifications = [.. s.Clarifications.Select(c => c.ClarificationId == x.ClarificationId ? c with { Answer = x.Answer, AttachmentSha256 = x.AttachmentSha256, AnsweredAt = x.At } : c)],
        },
        ScoringOpened x => s with { Phase = SessionPhase.Scoring, Seed = x.Seed, ObjectiveScores = x.ObjectiveScores, BlindAssignments = x.BlindAssignments },
        ScoreSheetSubmitted x => s with
        {
            Sheets = s.Sheets
                .RemoveAll(h => h.ExpertId == x.ExpertId && h.BidderId == x.BidderId && h.Part == x.Part)
                .Add(new ScoreSheet(x.ExpertId, x.BidderId, x.Part, x.Scores)),
        },
        ScoreSheetSigned x => s with { Sheets = Signed(s.Sheets, x) },
        IdentitiesRevealed => s with { IdentitiesRevealed = true },
        SummaryComputed x => s with { Phase = SessionPhase.Summary, Summary = x.Table },
        DeviationExplained x => s with
        {
            Explanations = s.Explanations
                .RemoveAll(d => d.ExpertId == x.Explanation.ExpertId && d.BidderId == x.Explanation.BidderId && d.ItemId == x.Explanation.ItemId)
                .Add(x.Explanation),
        },
        ScoreRechecked x => ApplyRecheck(s, x.Change),
        TendererDecisionRecorded x => s with { TendererOrder = x.Order },
        SummaryAccepted x => s with { Phase = SessionPhase.Report, Ranking = x.Ranking },
        ReportDrafted x => s with { Report = x.Report },
        ReportSigned x => s with { Signatures = s.Signatures.Add(x.Signature) },
        SessionClosed x => s with { Phase = SessionPhase.Closed, ClosedAt = x.At, Report = x.Report },
        FeesSettled x => s with { Fees = x.Fees },
        ExpertConductRecorded => s with { ConductRecorded = true },
        SessionArchived x => s with { Phase = SessionPhase.Archived, FinalChainHash = x.FinalChainHash },
        SessionSuspended x => s with { Suspension = new Suspension(x.At, x.Reason, x.BeforeStart, x.Deadline) },
        SessionResumed => s with { Suspension = null },
        SessionAbandoned => s with { Phase = SessionPhase.Abandoned, Suspension = null },
        DocumentRegistered x => s with { Documents = s.Documents.Add(RegisteredDocument.From(x)) },
        DocumentShown x => s with { OnScreen = new DocumentView(x.DocumentId, x.Page, x.Zoom, x.Scroll) },
        ParticipantConnected x => s with { Presence = s.Presence with { Connections = s.Presence.Connections.SetItem(x.ConnectionId, new Attendee(x.PersonId, x.Role, x.SiteId, x.At)) } },
        ParticipantDisconnected x => s with { Presence = s.Presence with { Connections = s.Presence.Connections.Remove(x.ConnectionId) } },
        SiteWentSilent x => s with { Presence = s.Presence with { SilentSites = s.Presence.SilentSites.SetItem(x.SiteId, x.LastHeardAt) } },
        SiteCameBack x => s with { Presence = s.Presence with { SilentSites = s.Presence.SilentSites.Remove(x.SiteId) } },
        _ => s,
    };

    /// <summary>The one sheet the signature is for, marked signed in place (the other sheets are not copied).</summary>
    private static ImmutableList<ScoreSheet> Signed(ImmutableList<ScoreSheet> sheets, ScoreSheetSigned x)
    {
        var index = sheets.FindIndex(h => h.ExpertId == x.ExpertId && h.BidderId == x.BidderId && h.Part == x.Part);
        return index < 0 ? sheets : sheets.SetItem(index, sheets[index] with { IsSigned = true });
    }

    private static SessionState ApplyReplacement(SessionState s, ReplacementSeated x)
    {
        var marked = s.WithMember(x.ReplacesPersonId, m => m with { ReplacedBy = x.Member.PersonId });
        return marked with
        {
            Members = marked.Members.Add(new MemberState(x.Member)),
            PendingReplacements = s.PendingReplacements.Remove(x.ReplacesPersonId),
        };
    }

    private static SessionState ApplyRecheck(SessionState s, Recheck r)
    {
        if (r.ExpertId is null)
        {
            return s with
            {
                ObjectiveScores = [.. s.ObjectiveScores.Select(o => o.BidderId == r.BidderId && o.ItemId == r.ItemId ? o with { Score = r.NewScore } : o)],
                Rechecks = s.Rechecks.Add(r),
            };
        }

        ImmutableList<ItemScore> Corrected(ImmutableList<ItemScore> scores) =>
            [.. scores.Select(i => i.ItemId == r.ItemId ? i with { Score = r.NewScore } : i)];

        return s with
        {
            Sheets = [.. s.Sheets.Select(h => h.ExpertId == r.ExpertId && h.BidderId == r.BidderId && h.Scores.Any(i => i.ItemId == r.ItemId) ? h with { Scores = Corrected(h.Scores) } : h)],
            Rechecks = s.Rechecks.Add(r),
        };
    }
}
