using System.Collections.Immutable;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Summary;

public class SummaryTests
{
    private static readonly Domain.Actors.Actor E2 = Specs.MemberActor("e2");

    /// <summary>Everyone scores 8 everywhere, except e2 who gives A's t1 a 2 (with a reason).</summary>
    private static SessionSpec WithOneOutlier(EvaluationSettings? settings = null, ImmutableList<Bid>? bids = null)
    {
        var spec = Specs.Scoring(settings, bids: bids);
        foreach (var m in Specs.Committee)
        {
            foreach (var part in new[] { PartKind.Technical, PartKind.Commercial })
            {
                foreach (var bid in spec.State.ValidBids)
                {
                    var scores = m.PersonId == "e2" && bid.BidderId == "A" && part == PartKind.Technical
                        ? [new ItemScore("t1", 2, "No method statement for the deep excavation"), new ItemScore("t2", 8)]
                        : Specs.Sheet(part, 8);
                    var actor = Specs.MemberActor(m.PersonId);
                    spec.Given(new SubmitScoreSheet(actor, m.PersonId, bid.BidderId, part, scores), new SignScoreSheet(actor, m.PersonId, bid.BidderId, part));
                }
            }
        }

        return spec.Given(new StartSummary(Host));
    }

    [Fact]
    public void the_summary_adds_objective_and_aggregated_scores_per_bid()
    {
        var a = WithOneOutlier().State.Summary!.Bids.Single(b => b.BidderId == "A");

        // t1 = (8×4 + 2) / 5 = 6.8; t2 = 8; c1 = 8; credit 8; price 60.
        Assert.Equal((14.8m, 16m, 60m, 90.8m), (a.Technical, a.Commercial, a.Price, a.Total));
    }

    [Fact]
    public void a_score_more_than_thirty_percent_from_the_item_mean_is_flagged()
    {
        // Mean 6.8: e2's 2 is 4.8 away (> 2.04); the others' 8 is 1.2 away.
        var flag = Assert.Single(WithOneOutlier().State.Summary!.Flags);
        Assert.Equal(new DeviationFlag("e2", "A", "t1", 2, 6.8m), flag);
    }

    [Fact]
    public void the_deviation_fraction_comes_from_the_settings() =>
        Assert.Empty(WithOneOutlier(EvaluationSettings.Default with { DeviationFraction = 0.75m }).State.Summary!.Flags);

    [Fact]
    public void the_summary_cannot_be_accepted_while_a_flag_is_unexplained() =>
        WithOneOutlier().Rejects(new AcceptSummary(Specs.Chair), SummaryRejections.DeviationsUnexplained);

    [Fact]
    public void an_explained_flag_lets_the_summary_be_accepted()
    {
        var spec = WithOneOutlier().Given(new ExplainDeviation(E2, "e2", "A", "t1", "The excavation method is missing entirely"), new AcceptSummary(Specs.Chair));
        Assert.Equal(Domain.Sessions.SessionPhase.Report, spec.State.Phase);
    }

    [Fact]
    public void explaining_a_score_that_is_not_flagged_is_rejected() =>
        WithOneOutlier().Rejects(new ExplainDeviation(E2, "e2", "B", "t1", "?"), SummaryRejections.NoSuchFlag);

    [Fact]
    public void explaining_another_experts_flag_is_rejected() =>
        WithOneOutlier().Rejects(new ExplainDeviation(Specs.MemberActor("e3"), "e2", "A", "t1", "I know why"), ScoringRejections.NotOwnSheet);

    [Fact]
    public void an_explanation_without_a_reason_is_rejected() =>
        WithOneOutlier().Rejects(new ExplainDeviation(E2, "e2", "A", "t1", " "), SummaryRejections.ReasonRequired);

    [Fact]
    public void a_recheck_records_the_change_with_its_ground_and_recomputes_the_summary()
    {
        var spec = WithOneOutlier();
        var events = spec.When(new RecheckScore(Specs.Chair, "e2", "A", "t1", 6, RecheckGround.AbnormalScore, "Committee finds 2 abnormally low"));

        Assert.Equal(new Recheck("e2", "A", "t1", 2, 6, RecheckGround.AbnormalScore, "Committee finds 2 abnormally low"), Assert.IsType<ScoreRechecked>(events[0]).Change);
        var table = Assert.IsType<SummaryComputed>(events[1]).Table;
        Assert.Equal(2, table.Revision);
        Assert.Empty(table.Flags);
        Assert.Equal(7.6m, table.Bids.Single(b => b.BidderId == "A").Items.Single(i => i.ItemId == "t1").Score);

        // The original sheet stays in the record as it was signed.
        Assert.Contains(spec.History.OfType<ScoreSheetSubmitted>(), s => s.ExpertId == "e2" && s.BidderId == "A" && s.Scores[0].Score == 2);
    }

    [Fact]
    public void an_objective_item_is_corrected_for_everyone_on_its_own_ground()
    {
        var spec = WithOneOutlier().Given(new RecheckScore(Specs.Chair, null, "B", "credit", 8.5m, RecheckGround.ObjectiveItemMismatch, "Credit system record updated on the day"));
        Assert.Equal(8.5m, spec.State.Summary!.Bids.Single(b => b.BidderId == "B").Items.Single(i => i.ItemId == "credit").Score);
    }

    [Fact]
    public void the_objective_ground_on_a_subjective_item_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, "e2", "A", "t1", 6, RecheckGround.ObjectiveItemMismatch, "?"), SummaryRejections.RecheckGroundNotApplicable);

    [Fact]
    public void an_abnormal_score_ground_on_an_objective_item_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, null, "A", "price", 50, RecheckGround.AbnormalScore, "?"), SummaryRejections.RecheckGroundNotApplicable);

    [Fact]
    public void a_recheck_of_a_score_that_does_not_exist_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, "e2", "A", "t9", 6, RecheckGround.SummationError, "?"), SummaryRejections.RecheckUnknownScore);

    [Fact]
    public void a_recheck_that_changes_nothing_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, "e2", "A", "t1", 2, RecheckGround.SummationError, "Checked"), SummaryRejections.RecheckNoChange);

    [Fact]
    public void a_recheck_without_a_reason_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, "e2", "A", "t1", 6, RecheckGround.AbnormalScore, ""), SummaryRejections.RecheckReasonRequired);

    [Fact]
    public void a_recheck_out_of_range_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, "e2", "A", "t1", 11, RecheckGround.SubScoreOutOfRange, "?"), ScoringRejections.OutOfRange);

    [Fact]
    public void a_recheck_off_the_step_is_rejected() =>
        WithOneOutlier().Rejects(new RecheckScore(Specs.Chair, "e2", "A", "t1", 6.2m, RecheckGround.AbnormalScore, "?"), ScoringRejections.OffStep);

    [Fact]
    public void only_the_chair_rechecks() =>
        WithOneOutlier().Rejects(new RecheckScore(E2, "e2", "A", "t1", 6, RecheckGround.AbnormalScore, "I changed my mind"), CommitteeRejections.NotChair);

    private static readonly ImmutableList<Bid> TiedBids =
    [
        new("A", "Alpha", 1_000_000m, 8m),
        new("B", "Beta", 1_100_000m, 8m),
        new("C", "Gamma", 1_100_000m, 8m),
    ];

    [Fact]
    public void a_tie_the_rules_cannot_break_blocks_acceptance() =>
        Specs.AllSigned(Specs.Scoring(bids: TiedBids)).Given(new StartSummary(Host)).Rejects(new AcceptSummary(Specs.Chair), SummaryRejections.TieUnresolved);

    [Fact]
    public void the_tenderers_decision_breaks_the_tie()
    {
        var spec = Specs.AllSigned(Specs.Scoring(bids: TiedBids)).Given(
            new StartSummary(Host),
            new RecordTendererDecision(Representative("r1"), ["C", "B"]),
            new AcceptSummary(Specs.Chair));

        // Mean price 1 066 666.67: B and C are 3.125% away (56.88), A 6.25% (53.75), so B and C lead, tied.
        Assert.Equal(["C", "B", "A"], spec.State.Ranking!.Order);
    }

    [Fact]
    public void a_tenderer_decision_without_a_tie_is_rejected() =>
        Specs.InSummary().Rejects(new RecordTendererDecision(Host, ["A", "B"]), SummaryRejections.NoTie);

    [Fact]
    public void a_tenderer_decision_leaving_out_a_tied_bid_is_rejected() =>
        Specs.AllSigned(Specs.Scoring(bids: TiedBids)).Given(new StartSummary(Host))
            .Rejects(new RecordTendererDecision(Host, ["B"]), SummaryRejections.TieDecisionIncomplete);

    [Fact]
    public void with_evaluation_and_award_separated_a_tie_inside_the_candidates_does_not_matter()
    {
        var spec = Specs.AllSigned(Specs.Scoring(EvaluationSettings.Default with { SeparateEvaluationAndAward = true }, bids: TiedBids))
            .Given(new StartSummary(Host), new AcceptSummary(Specs.Chair));

        Assert.All(spec.State.Ranking!.Candidates, c => Assert.Null(c.Rank));
        Assert.Equal(["A", "B", "C"], spec.State.Ranking.Candidates.Select(c => c.BidderId));
        Assert.False(spec.State.Ranking.HasUnresolvedTies);
    }
}
