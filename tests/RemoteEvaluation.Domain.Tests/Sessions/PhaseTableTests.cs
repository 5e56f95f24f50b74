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
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;

namespace RemoteEvaluation.Domain.Tests.Sessions;

public class PhaseTableTests
{
    private static readonly SessionPhase[] Live = [SessionPhase.Scheduled, SessionPhase.Opening, SessionPhase.Review, SessionPhase.Scoring, SessionPhase.Summary, SessionPhase.Report];

    /// <summary>The phases each command belongs to: the lifecycle of DOMAIN.md steps 4–13 as a table.</summary>
    private static readonly Dictionary<Type, SessionPhase[]> AllowedIn = new()
    {
        [typeof(LinkRemoteSite)] = [SessionPhase.Scheduled],
        [typeof(AdoptCriteria)] = [SessionPhase.Scheduled],
        [typeof(RegisterBids)] = [SessionPhase.Scheduled],
        [typeof(SeatCommittee)] = [SessionPhase.Scheduled],
        [typeof(SeatReplacement)] = [SessionPhase.Scheduled, SessionPhase.Opening],
        [typeof(CheckIn)] = [SessionPhase.Scheduled, SessionPhase.Opening],
        [typeof(MarkAbsent)] = [SessionPhase.Scheduled, SessionPhase.Opening],
        [typeof(OpenSession)] = [SessionPhase.Scheduled],
        [typeof(DeclareConflict)] = [SessionPhase.Opening],
        [typeof(VoteForChair)] = [SessionPhase.Opening],
        [typeof(StartReview)] = [SessionPhase.Opening],
        [typeof(PublishPreCheck)] = [SessionPhase.Opening, SessionPhase.Review],
        [typeof(SubmitReviewVerdicts)] = [SessionPhase.Review],
        [typeof(ConcludeReview)] = [SessionPhase.Review],
        [typeof(RequestClarification)] = [SessionPhase.Review, SessionPhase.Scoring],
        [typeof(AnswerClarification)] = [SessionPhase.Review, SessionPhase.Scoring, SessionPhase.Summary],
        [typeof(OpenScoring)] = [SessionPhase.Review],
        [typeof(SubmitScoreSheet)] = [SessionPhase.Scoring],
        [typeof(SignScoreSheet)] = [SessionPhase.Scoring],
        [typeof(StartSummary)] = [SessionPhase.Scoring],
        [typeof(ExplainDeviation)] = [SessionPhase.Summary],
        [typeof(RecheckScore)] = [SessionPhase.Summary],
        [typeof(RecordTendererDecision)] = [SessionPhase.Summary],
        [typeof(AcceptSummary)] = [SessionPhase.Summary],
        [typeof(SignReport)] = [SessionPhase.Report],
        [typeof(CloseSession)] = [SessionPhase.Report],
        [typeof(SettleFees)] = [SessionPhase.Closed],
        [typeof(RecordConduct)] = [SessionPhase.Closed],
        [typeof(ArchiveSession)] = [SessionPhase.Closed],
        [typeof(SuspendSession)] = Live,
        [typeof(PostChatMessage)] = Live,
        [typeof(ShowDocument)] = Live,
        [typeof(RegisterDocument)] = Live,
        [typeof(RecordConnected)] = Live,
        [typeof(RecordDisconnected)] = Live,
        [typeof(RecordSiteSilent)] = Live,
        [typeof(RecordSiteBack)] = Live,
        [typeof(IssueWarning)] = Live,
    };

    [Fact]
    public void every_command_outside_its_phases_is_rejected_as_wrong_phase_and_changes_nothing()
    {
        var specs = new Dictionary<SessionPhase, SessionSpec>
        {
            [SessionPhase.Scheduled] = Specs.Scheduled(),
            [SessionPhase.Opening] = Specs.Opened(),
            [SessionPhase.Review] = Specs.InReview(),
            [SessionPhase.Scoring] = Specs.Scoring(),
            [SessionPhase.Summary] = Specs.InSummary(),
            [SessionPhase.Report] = Specs.InReport(),
            [SessionPhase.Closed] = Specs.Closed(),
        };

        var checkedCount = 0;
        foreach (var (phase, spec) in specs)
        {
            Assert.Equal(phase, spec.State.Phase);
            foreach (var command in SampleCommands.Typical())
            {
                var expected = command switch
                {
                    ScheduleSession => SessionRejections.AlreadyScheduled,
                    ResumeSession or AbandonSession => SessionRejections.NotSuspended,
                    _ when AllowedIn[command.GetType()].Contains(phase) => null,
                    _ => SessionRejections.WrongPhase,
                };
                if (expected is not null)
                {
                    spec.Rejects(command, expected);
                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount > 150, $"Only {checkedCount} combinations were checked.");
    }
}
