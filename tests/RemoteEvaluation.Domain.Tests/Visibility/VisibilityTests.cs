using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Domain.Visibility;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Visibility;

public class VisibilityTests
{
    /// <summary>Replays the history and returns what <paramref name="audience"/> got of each event (null when hidden).</summary>
    internal static List<SessionEvent?> Seen(IEnumerable<SessionEvent> history, Actor audience, SessionState? now = null)
    {
        var state = SessionDecider.Initial;
        var seen = new List<SessionEvent?>();
        foreach (var e in history)
        {
            seen.Add(EventVisibility.For(state, e, audience, now) switch
            {
                Sight.ShownEvent => e,
                Sight.RedactedEvent r => r.Event,
                _ => null,
            });
            state = SessionDecider.Evolve(state, e);
        }

        return seen;
    }

    [Fact]
    public void supervisors_and_auditors_see_every_event_as_recorded()
    {
        var history = Specs.Closed().History;
        Assert.Equal(history, Seen(history, Supervisor)!);
        Assert.Equal(history, Seen(history, Auditor)!);
    }

    [Fact]
    public void an_expert_sees_nothing_of_the_project_before_their_own_check_in()
    {
        var history = Specs.Opened().History;
        var seen = Seen(history, Specs.MemberActor("e2"));
        var checkIn = history.FindIndex(e => e is MemberCheckedIn { PersonId: "e2" });

        Assert.All(seen.Take(checkIn), Assert.Null);
        Assert.Same(history[checkIn], seen[checkIn]);
        Assert.IsType<SessionOpened>(seen[^1]);
    }

    [Fact]
    public void an_expert_checked_in_by_now_is_briefed_on_resync_with_the_session_as_set_up_before_their_check_in()
    {
        var spec = Specs.Opened();
        var checkIn = spec.History.FindIndex(e => e is MemberCheckedIn { PersonId: "e2" });

        var seen = Seen(spec.History, Specs.MemberActor("e2"), now: spec.State);

        Assert.Contains(seen.Take(checkIn), e => e is CriteriaAdopted);
        Assert.Contains(seen.Take(checkIn), e => e is BidsRegistered);
        Assert.Contains(seen.Take(checkIn), e => e is CommitteeSeated);
    }

    [Fact]
    public void the_briefing_leaves_out_the_chat_from_before_the_expert_arrived()
    {
        var spec = Specs.Opened();
        var history = spec.History.ToList();
        history.Insert(1, new ChatMessagePosted(Host.PersonId, ActorRole.HostStaff, Host.SiteId, null, "先到的同事请稍候", Specs.Start));

        var seen = Seen(history, Specs.MemberActor("e2"), now: spec.State);

        Assert.Null(seen[1]);
        Assert.NotNull(seen[0]);
    }

    [Fact]
    public void an_expert_not_yet_checked_in_is_briefed_on_nothing()
    {
        var spec = Specs.Scheduled();

        var seen = Seen(spec.History, Specs.MemberActor("e2"), now: spec.State);

        Assert.All(seen, Assert.Null);
    }

    [Fact]
    public void an_expert_sees_their_own_sheets_but_not_another_experts_before_the_summary()
    {
        var history = Specs.AllSigned(Specs.Scoring()).History;
        var seen = Seen(history, Specs.MemberActor("e2")).OfType<ScoreSheetSubmitted>().ToList();

        Assert.NotEmpty(seen);
        Assert.All(seen, s => Assert.Equal("e2", s.ExpertId));
    }

    [Fact]
    public void every_member_sees_the_summary_table()
    {
        var history = Specs.InSummary().History;
        Assert.IsType<SummaryComputed>(Seen(history, Specs.MemberActor("e3"))[^1]);
    }

    [Fact]
    public void in_blind_mode_an_expert_sees_only_their_own_codes_without_the_bidders()
    {
        var history = Specs.Scoring(EvaluationSettings.Default with { BlindTechnicalReview = true }).History;
        var opened = Assert.IsType<ScoringOpened>(Seen(history, Specs.MemberActor("e2"))[^1]);

        var own = Assert.Single(opened.BlindAssignments);
        Assert.Equal("e2", own.ExpertId);
        Assert.All(own.Codes, c => Assert.Equal(string.Empty, c.BidderId));
    }

    [Fact]
    public void in_blind_mode_an_expert_gets_no_objective_scores_at_the_opening_of_scoring_since_they_name_the_bidders()
    {
        var history = Specs.Scoring(EvaluationSettings.Default with { BlindTechnicalReview = true }).History;
        Assert.NotEmpty(Assert.IsType<ScoringOpened>(history[^1]).ObjectiveScores);

        var opened = Assert.IsType<ScoringOpened>(Seen(history, Specs.MemberActor("e2"))[^1]);

        Assert.Empty(opened.ObjectiveScores);
    }

    [Fact]
    public void outside_blind_mode_an_expert_sees_the_objective_scores_at_the_opening_of_scoring()
    {
        var history = Specs.Scoring().History;

        var opened = Assert.IsType<ScoringOpened>(Seen(history, Specs.MemberActor("e2"))[^1]);

        Assert.Equal(Assert.IsType<ScoringOpened>(history[^1]).ObjectiveScores, opened.ObjectiveScores);
    }

    [Fact]
    public void in_blind_mode_an_expert_sees_their_own_technical_sheet_under_their_code()
    {
        var spec = Specs.Scoring(EvaluationSettings.Default with { BlindTechnicalReview = true });
        var code = spec.State.BlindAssignmentOf("e2")!.CodeOf("B")!;
        spec.Given(new SubmitScoreSheet(Specs.MemberActor("e2"), "e2", code, PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)));

        var sheet = Assert.IsType<ScoreSheetSubmitted>(Seen(spec.History, Specs.MemberActor("e2"))[^1]);
        Assert.Equal(code, sheet.BidderId);
    }

    [Fact]
    public void host_staff_do_not_see_remote_members_before_they_check_in()
    {
        var history = Specs.Scheduled().History;
        var seated = Assert.IsType<CommitteeSeated>(Seen(history, Host)[^1]);

        Assert.Equal(["e1", "sealed-2", "sealed-3", "sealed-4", "r1"], seated.Members.Select(m => m.PersonId));
    }

    [Fact]
    public void remote_staff_see_their_own_members_and_not_the_project()
    {
        var history = Specs.Scheduled().History;
        var seen = Seen(history, NingboStaff);

        Assert.Equal(EventVisibility.SealedProject, Assert.IsType<SessionScheduled>(seen[0]).ProjectName);
        Assert.IsType<CriteriaAdopted>(history[3]);
        Assert.Null(seen[3]);
        Assert.Null(seen[4]);
        Assert.Equal(["sealed-1", "e2", "e3", "sealed-4", "sealed-5"], Assert.IsType<CommitteeSeated>(seen[^1]).Members.Select(m => m.PersonId));
    }

    [Fact]
    public void an_absent_remote_expert_stays_sealed_for_host_staff()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(new MarkAbsent(NingboStaff, "e2"));
        var seen = Seen(spec.History, Host);

        Assert.Equal("sealed-2", Assert.IsType<MemberAbsent>(seen[^2]).PersonId);
        Assert.Equal("sealed-2", Assert.IsType<ReplacementRequested>(seen[^1]).PersonId);
        Assert.Equal("e2", Assert.IsType<MemberAbsent>(Seen(spec.History, NingboStaff)[^2]).PersonId);
    }

    [Fact]
    public void staff_see_sheet_progress_without_scores_before_the_summary()
    {
        var history = Specs.AllSigned(Specs.Scoring()).History;
        Assert.All(Seen(history, Host).OfType<ScoreSheetSubmitted>(), s => Assert.Empty(s.Scores));
    }

    [Fact]
    public void a_bidder_sees_only_the_clarifications_addressed_to_it()
    {
        var history = Specs.InReview().Given(
            new RequestClarification(Specs.Chair, "cl-1", "A", "Q for A"),
            new RequestClarification(Specs.Chair, "cl-2", "B", "Q for B")).History;

        var seen = Seen(history, Bidder("A")).OfType<SessionEvent>().ToList();
        Assert.Equal("cl-1", Assert.IsType<ClarificationRequested>(Assert.Single(seen)).ClarificationId);
    }

    [Fact]
    public void a_withdrawn_member_sees_nothing_after_leaving()
    {
        var spec = Specs.Opened().Given(new Domain.Opening.DeclareConflict(Specs.MemberActor("e3"), HasConflict: true, "Shareholder of C"));
        spec.Given(new SeatReplacement(DrawSystem, "e3", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj")));
        Assert.Null(Seen(spec.History, Specs.MemberActor("e3"))[^1]);
    }

    [Fact]
    public void remote_staff_never_see_scores_bids_or_the_report()
    {
        var history = Specs.Closed().History;
        var seen = Seen(history, NingboStaff).OfType<SessionEvent>().ToList();

        Assert.Contains(seen, e => e is MemberCheckedIn);
        Assert.DoesNotContain(seen, e => e is ScoreSheetSubmitted or SummaryComputed or BidsRegistered or Domain.Reports.ReportDrafted or SessionClosed or ScoringOpened);
    }

    [Fact]
    public void host_staff_learn_a_remote_experts_identity_at_check_in()
    {
        var spec = Specs.Scheduled().Given(new CheckIn(NingboStaff, "e2"));
        Assert.Equal("e2", Assert.IsType<MemberCheckedIn>(Seen(spec.History, Host)[^1]).PersonId);
    }

    [Fact]
    public void a_remote_replacement_stays_sealed_for_host_staff_until_check_in()
    {
        var spec = Specs.Scheduled().At(Specs.Start.AddMinutes(5)).Given(
            new MarkAbsent(NingboStaff, "e2"),
            new SeatReplacement(DrawSystem, "e2", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj")));

        var seated = Assert.IsType<ReplacementSeated>(Seen(spec.History, Host)[^1]);
        Assert.Equal(("sealed-2", "sealed-6"), (seated.ReplacesPersonId, seated.Member.PersonId));
        Assert.Equal("e9", Assert.IsType<ReplacementSeated>(Seen(spec.History, NingboStaff)[^1]).Member.PersonId);
    }
}
