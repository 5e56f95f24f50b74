using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Sessions;

public class RolesAndPhasesTests
{
    [Fact]
    public void every_command_type_has_a_sample()
    {
        var commandTypes = typeof(SessionCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SessionCommand)) && !t.IsAbstract)
            .Select(t => t.Name)
            .Order();
        Assert.Equal(commandTypes, SampleCommands.Typical().Select(c => c.GetType().Name).Order());
    }

    [Fact]
    public void supervisors_can_only_warn_and_auditors_can_command_nothing_in_any_phase()
    {
        foreach (var spec in new[] { Specs.Scheduled(), Specs.InReview(), Specs.InSummary() })
        {
            foreach (var command in SampleCommands.Typical())
            {
                if (command is not IssueWarning)
                {
                    spec.Rejects(SampleCommands.As(command, Supervisor), SessionRejections.WrongRole);
                }

                spec.Rejects(SampleCommands.As(command, Auditor), SessionRejections.WrongRole);
            }
        }
    }

    [Fact]
    public void a_coordinator_can_only_link_centres()
    {
        var spec = Specs.Scheduled();
        foreach (var command in SampleCommands.Typical().Where(c => c is not LinkRemoteSite))
        {
            spec.Rejects(SampleCommands.As(command, Coordinator), SessionRejections.WrongRole);
        }
    }

    [Fact]
    public void every_command_before_scheduling_is_rejected_as_not_scheduled()
    {
        var spec = new SessionSpec().At(Specs.Start.AddDays(-1));
        foreach (var command in SampleCommands.Typical().Where(c => c is not ScheduleSession))
        {
            spec.Rejects(command, SessionRejections.NotScheduled);
        }
    }

    [Fact]
    public void every_command_after_archiving_is_rejected()
    {
        var spec = Specs.Archived();
        foreach (var command in SampleCommands.Typical())
        {
            var expected = command switch
            {
                ScheduleSession => SessionRejections.AlreadyScheduled,
                ResumeSession or AbandonSession => SessionRejections.NotSuspended,
                _ => SessionRejections.WrongPhase,
            };
            spec.Rejects(command, expected);
        }
    }

    /// <summary>What goes on during a fault: centres talk, the supervisor warns, and the server records who is connected and which centre answers.</summary>
    private static bool GoesOnWhileSuspended(SessionCommand c) =>
        c is PostChatMessage or IssueWarning or RecordConnected or RecordDisconnected or RecordSiteSilent or RecordSiteBack;

    [Fact]
    public void every_command_while_suspended_is_rejected_until_resumed()
    {
        var spec = Specs.InReview().Given(new SuspendSession(Host, "Link to WZ down"));
        foreach (var command in SampleCommands.Typical().Where(c => c is not (ResumeSession or AbandonSession or ScheduleSession) && !GoesOnWhileSuspended(c)))
        {
            var expected = command is SuspendSession ? SessionRejections.AlreadySuspended : SessionRejections.Suspended;
            spec.Rejects(command, expected);
        }
    }

    [Fact]
    public void host_staff_cannot_fill_an_experts_sheet() =>
        Specs.Scoring().Rejects(new SubmitScoreSheet(Host, "e1", "A", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)), SessionRejections.WrongRole);

    [Fact]
    public void an_expert_cannot_open_scoring() =>
        Specs.InReview().Rejects(new OpenScoring(Specs.Chair, 1), SessionRejections.WrongRole);

    [Fact]
    public void a_bidder_cannot_vote_for_chair() =>
        Specs.Declared().Rejects(new VoteForChair(Bidder("A"), "e1"), SessionRejections.WrongRole);

    [Fact]
    public void an_expert_cannot_answer_a_clarification() =>
        Specs.InReview().Rejects(new AnswerClarification(Specs.Chair, "cl-1", "Yes"), SessionRejections.WrongRole);

    [Fact]
    public void site_staff_cannot_open_the_session() =>
        Specs.CheckedIn().Rejects(new OpenSession(NingboStaff), SessionRejections.WrongRole);

    [Fact]
    public void scoring_during_the_review_is_rejected_as_wrong_phase() =>
        Specs.InReview().Rejects(new SubmitScoreSheet(Specs.Chair, "e1", "A", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)), SessionRejections.WrongPhase);

    [Fact]
    public void declaring_conflicts_after_the_opening_is_rejected_as_wrong_phase() =>
        Specs.InReview().Rejects(new DeclareConflict(Specs.Chair, HasConflict: false), SessionRejections.WrongPhase);

    [Fact]
    public void a_clarification_before_the_review_is_rejected_as_wrong_phase() =>
        Specs.Declared().Rejects(new RequestClarification(Specs.Chair, "cl-1", "A", "?"), SessionRejections.WrongPhase);

    [Fact]
    public void a_bidder_answering_before_any_request_is_told_there_is_none() =>
        Specs.InReview().Rejects(new AnswerClarification(Bidder("A"), "cl-9", "Yes"), ClarificationRejections.Unknown);
}
