using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Scoring;

public class ScoreSheetTests
{
    private static readonly Domain.Actors.Actor E2 = Specs.MemberActor("e2");

    private static SubmitScoreSheet Technical(params ItemScore[] scores) => new(E2, "e2", "A", PartKind.Technical, [.. scores]);

    [Fact]
    public void opening_scoring_computes_the_objective_scores_once_for_everyone()
    {
        var opened = Specs.Scoring().Only<ScoringOpened>();

        // Mean of 1 000 000, 1 100 000 and 900 000 is 1 000 000: A scores 60, B and C are 10% away and score 50.
        Assert.Equal(
            [new("A", "credit", 8m), new("A", "price", 60m), new("B", "credit", 9m), new("B", "price", 50m), new("C", "credit", 7m), new("C", "price", 50m)],
            opened.ObjectiveScores.OrderBy(o => o.BidderId).ThenBy(o => o.ItemId).ToList<ObjectiveScore>());
    }

    [Fact]
    public void a_complete_sheet_is_recorded_under_the_bidder()
    {
        var spec = Specs.Scoring().Given(Technical(new("t1", 7.5m), new("t2", 9)));
        Assert.Equal([new ItemScore("t1", 7.5m), new ItemScore("t2", 9)], spec.State.Sheet("e2", "A", PartKind.Technical)!.Scores);
    }

    [Fact]
    public void filling_someone_elses_sheet_is_rejected() =>
        Specs.Scoring().Rejects(new SubmitScoreSheet(E2, "e3", "A", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)), ScoringRejections.NotOwnSheet);

    [Fact]
    public void signing_someone_elses_sheet_is_rejected() =>
        Specs.Scoring().Rejects(new SignScoreSheet(E2, "e1", "A", PartKind.Technical), ScoringRejections.NotOwnSheet);

    [Fact]
    public void a_sheet_for_an_unknown_bid_is_rejected() =>
        Specs.Scoring().Rejects(new SubmitScoreSheet(E2, "e2", "Z", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)), ScoringRejections.UnknownBid);

    [Fact]
    public void the_computed_price_part_has_no_sheet() =>
        Specs.Scoring().Rejects(new SubmitScoreSheet(E2, "e2", "A", PartKind.Price, [new ItemScore("price", 30)]), ScoringRejections.PartNotScored);

    [Fact]
    public void a_sheet_with_an_item_left_empty_is_rejected() =>
        Specs.Scoring().Rejects(Technical(new ItemScore("t1", 8)), ScoringRejections.ItemMissing);

    [Fact]
    public void scoring_an_objective_item_by_hand_is_rejected() =>
        Specs.Scoring().Rejects(new SubmitScoreSheet(E2, "e2", "A", PartKind.Commercial, [new("c1", 8), new("credit", 10)]), ScoringRejections.UnknownItem);

    [Fact]
    public void scoring_an_item_twice_is_rejected() =>
        Specs.Scoring().Rejects(Technical(new("t1", 8), new("t1", 7), new("t2", 8)), ScoringRejections.DuplicateItem);

    [Fact]
    public void a_score_above_the_maximum_is_rejected() =>
        Specs.Scoring().Rejects(Technical(new("t1", 10.5m), new("t2", 8)), ScoringRejections.OutOfRange);

    [Fact]
    public void a_negative_score_is_rejected() =>
        Specs.Scoring().Rejects(Technical(new("t1", -1), new("t2", 8)), ScoringRejections.OutOfRange);

    [Fact]
    public void a_score_off_the_step_is_rejected() =>
        Specs.Scoring().Rejects(Technical(new("t1", 8), new("t2", 7.5m)), ScoringRejections.OffStep);

    [Fact]
    public void a_score_below_sixty_percent_without_a_reason_is_rejected() =>
        Specs.Scoring().Rejects(Technical(new("t1", 5.5m), new("t2", 8)), ScoringRejections.ReasonRequired);

    [Fact]
    public void a_score_of_exactly_sixty_percent_needs_no_reason() =>
        Specs.Scoring().Given(Technical(new("t1", 6), new("t2", 6)));

    [Fact]
    public void the_low_score_fraction_comes_from_the_settings() =>
        Specs.Scoring(EvaluationSettings.Default with { LowScoreReasonFraction = 0.8m }).Rejects(Technical(new("t1", 7.5m), new("t2", 8)), ScoringRejections.ReasonRequired);

    [Fact]
    public void signing_locks_the_sheet() =>
        Specs.Scoring().Given(Technical(new("t1", 8), new("t2", 8)), new SignScoreSheet(E2, "e2", "A", PartKind.Technical))
            .Rejects(Technical(new("t1", 9), new("t2", 9)), ScoringRejections.SheetSigned);

    [Fact]
    public void signing_twice_is_rejected() =>
        Specs.Scoring().Given(Technical(new("t1", 8), new("t2", 8)), new SignScoreSheet(E2, "e2", "A", PartKind.Technical))
            .Rejects(new SignScoreSheet(E2, "e2", "A", PartKind.Technical), ScoringRejections.SheetSigned);

    [Fact]
    public void signing_an_empty_sheet_is_rejected() =>
        Specs.Scoring().Rejects(new SignScoreSheet(E2, "e2", "A", PartKind.Technical), ScoringRejections.SheetNotSubmitted);

    [Fact]
    public void an_unsigned_sheet_may_be_refilled()
    {
        var spec = Specs.Scoring().Given(Technical(new("t1", 8), new("t2", 8)), Technical(new("t1", 9), new("t2", 9)));
        Assert.Equal(9, spec.State.Sheet("e2", "A", PartKind.Technical)!.Scores[0].Score);
    }

    [Fact]
    public void a_missing_credit_input_stops_scoring_from_opening() =>
        Specs.ReviewSubmitted(Specs.InReview(bids: [.. Specs.Bids.Select(b => b with { CreditScore = b.BidderId == "B" ? null : b.CreditScore })]))
            .Given(new Domain.Review.ConcludeReview(Specs.Chair))
            .Rejects(new OpenScoring(Host, 1), ScoringRejections.CreditInputInvalid);

    [Fact]
    public void the_summary_waits_for_every_sheet_to_be_signed() =>
        Specs.Scoring().Rejects(new StartSummary(Host), SummaryRejections.SheetsUnsigned);

    [Fact]
    public void a_low_price_adjustment_needs_no_reason_in_the_evaluated_lowest_price_method() =>
        Specs.Scoring(criteria: TestCriteria.LowestPrice).Given(new SubmitScoreSheet(E2, "e2", "A", PartKind.Commercial, [new("a1", 0)]));
}
