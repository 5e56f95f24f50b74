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
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>
/// The rules of an evaluation session (评标会规则): <c>Decide</c> and <c>Evolve</c>.
/// The handlers live in one partial file per lifecycle step; <see cref="SessionEvolution"/> folds events.
/// </summary>
public sealed partial class SessionDecider : IDecider<SessionState, SessionCommand, SessionEvent>
{
    public static SessionState Initial => SessionState.Empty;

    public static Decision<SessionEvent> Decide(SessionState state, SessionCommand command, DateTimeOffset now) =>
        command switch
        {
            ScheduleSession c => Schedule(state, c, now),
            LinkRemoteSite c => LinkRemoteSite(state, c),
            AdoptCriteria c => AdoptCriteria(state, c),
            RegisterBids c => RegisterBids(state, c),
            SeatCommittee c => SeatCommittee(state, c),
            SeatReplacement c => SeatReplacement(state, c),
            CheckIn c => CheckIn(state, c, now),
            MarkAbsent c => MarkAbsent(state, c, now),
            OpenSession c => Open(state, c, now),
            DeclareConflict c => DeclareConflict(state, c, now),
            VoteForChair c => VoteForChair(state, c),
            StartReview c => StartReview(state, c, now),
            PublishPreCheck c => PublishPreCheck(state, c),
            SubmitReviewVerdicts c => SubmitReviewVerdicts(state, c),
            ConcludeReview c => ConcludeReview(state, c),
            RequestClarification c => RequestClarification(state, c, now),
            AnswerClarification c => AnswerClarification(state, c, now),
            OpenScoring c => OpenScoring(state, c),
            SubmitScoreSheet c => SubmitScoreSheet(state, c),
            SignScoreSheet c => SignScoreSheet(state, c, now),
            StartSummary c => StartSummary(state, c),
            ExplainDeviation c => ExplainDeviation(state, c),
            RecheckScore c => RecheckScore(state, c),
            RecordTendererDecision c => RecordTendererDecision(state, c),
            AcceptSummary c => AcceptSummary(state, c),
            SignReport c => SignReport(state, c, now),
            CloseSession c => Close(state, c, now),
            SettleFees c => SettleFees(state, c),
            RecordConduct c => RecordConduct(state, c),
            ArchiveSession c => Archive(state, c, now),
            SuspendSession c => Suspend(state, c, now),
            ResumeSession c => Resume(state, c, now),
            AbandonSession c => Abandon(state, c, now),
            PostChatMessage c => PostChatMessage(state, c, now),
            ShowDocument c => ShowDocument(state, c, now),
            RegisterDocument c => RegisterDocument(state, c, now),
            RecordConnected c => RecordConnected(state, c, now),
            RecordDisconnected c => RecordDisconnected(state, c, now),
            RecordSiteSilent c => RecordSiteSilent(state, c, now),
            RecordSiteBack c => RecordSiteBack(state, c, now),
            IssueWarning c => IssueWarning(state, c, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown session command."),
        };

    public static SessionState Evolve(SessionState state, SessionEvent recorded) => SessionEvolution.Apply(state, recorded);

    private static Decision<SessionEvent> Accept(params IReadOnlyList<SessionEvent> events) => Decision<SessionEvent>.Accept(events);
}
