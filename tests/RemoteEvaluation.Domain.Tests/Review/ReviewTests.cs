using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Review;

public class ReviewTests
{
    private static SubmitReviewVerdicts Verdicts(string member, string bidder, bool q1 = true, string? reason = null) =>
        new(Specs.MemberActor(member), bidder, [new ItemVerdict("q1", q1, reason), new ItemVerdict("q2", true)]);

    private static SessionSpec AllPassExcept(SessionSpec spec, string bidder, params string[] failingMembers)
    {
        foreach (var m in Specs.Committee)
        {
            foreach (var bid in Specs.Bids)
            {
                var fail = bid.BidderId == bidder && failingMembers.Contains(m.PersonId);
                spec.Given(Verdicts(m.PersonId, bid.BidderId, !fail, fail ? "Licence expired on 2026-10-01" : null));
            }
        }

        return spec;
    }

    [Fact]
    public void with_the_majority_rule_a_bid_failed_by_three_of_five_is_rejected_with_their_reasons()
    {
        var spec = AllPassExcept(Specs.InReview(), "C", "e1", "e2", "e3").Given(new ConcludeReview(Specs.Chair));

        var c = spec.Only<ReviewConcluded>().Outcomes.Single(o => o.BidderId == "C");
        Assert.False(c.Passed);
        Assert.Equal("q1", Assert.Single(c.Failures).ItemId);
        Assert.Equal(3, c.Failures[0].Reasons.Count);
        Assert.Equal(["A", "B"], spec.State.ValidBids.Select(b => b.BidderId));
    }

    [Fact]
    public void with_the_majority_rule_a_bid_failed_by_two_of_five_passes()
    {
        var spec = AllPassExcept(Specs.InReview(), "C", "e1", "e2").Given(new ConcludeReview(Specs.Chair));
        Assert.All(spec.Only<ReviewConcluded>().Outcomes, o => Assert.True(o.Passed));
    }

    [Fact]
    public void with_the_unanimous_rule_a_split_committee_cannot_conclude() =>
        AllPassExcept(Specs.InReview(EvaluationSettings.Default with { ReviewOutcome = ReviewOutcomeRule.Unanimous }), "C", "e1")
            .Rejects(new ConcludeReview(Specs.Chair), ReviewRejections.NotUnanimous);

    [Fact]
    public void with_the_unanimous_rule_resubmitted_verdicts_that_agree_conclude()
    {
        var spec = AllPassExcept(Specs.InReview(EvaluationSettings.Default with { ReviewOutcome = ReviewOutcomeRule.Unanimous }), "C", "e1");
        spec.Given(Verdicts("e1", "C"), new ConcludeReview(Specs.Chair));
        Assert.All(spec.Only<ReviewConcluded>().Outcomes, o => Assert.True(o.Passed));
    }

    [Fact]
    public void a_fail_without_a_written_reason_is_rejected() =>
        Specs.InReview().Rejects(Verdicts("e2", "A", q1: false), ReviewRejections.FailReasonRequired);

    [Fact]
    public void a_verdict_on_an_unknown_item_is_rejected() =>
        Specs.InReview().Rejects(new SubmitReviewVerdicts(Specs.Chair, "A", [new ItemVerdict("q1", true), new ItemVerdict("q7", true)]), ReviewRejections.UnknownItem);

    [Fact]
    public void verdicts_missing_an_item_are_rejected() =>
        Specs.InReview().Rejects(new SubmitReviewVerdicts(Specs.Chair, "A", [new ItemVerdict("q1", true)]), ReviewRejections.ItemsIncomplete);

    [Fact]
    public void verdicts_on_an_unknown_bid_are_rejected() =>
        Specs.InReview().Rejects(Verdicts("e1", "Z"), ReviewRejections.UnknownBid);

    [Fact]
    public void concluding_before_every_member_has_reviewed_every_bid_is_rejected() =>
        Specs.InReview().Given(Verdicts("e1", "A")).Rejects(new ConcludeReview(Specs.Chair), ReviewRejections.VerdictsMissing);

    [Fact]
    public void verdicts_after_the_conclusion_are_rejected() =>
        Specs.ReviewSubmitted(Specs.InReview()).Given(new ConcludeReview(Specs.Chair))
            .Rejects(Verdicts("e2", "A", q1: false, "second thoughts"), ReviewRejections.AlreadyConcluded);

    [Fact]
    public void opening_scoring_before_the_review_is_concluded_is_rejected() =>
        Specs.InReview().Rejects(new Domain.Scoring.OpenScoring(Host, 1), ReviewRejections.NotConcluded);

    [Fact]
    public void when_every_bid_is_rejected_scoring_cannot_open() =>
        Specs.ReviewSubmitted(Specs.InReview(), "A", "B", "C").Given(new ConcludeReview(Specs.Chair))
            .Rejects(new Domain.Scoring.OpenScoring(Host, 1), ReviewRejections.NoValidBids);

    [Fact]
    public void pre_check_findings_are_shown_to_the_committee()
    {
        var finding = new PreCheckFinding("B", "Unit price of item 12 differs between the summary and the detail");
        var spec = Specs.InReview().Given(new PublishPreCheck(Host, [finding]));
        Assert.Equal([finding], spec.State.PreCheck);
    }

    [Fact]
    public void a_pre_check_finding_on_an_unknown_bid_is_rejected() =>
        Specs.InReview().Rejects(new PublishPreCheck(Host, [new PreCheckFinding("Z", "?")]), ReviewRejections.UnknownBid);

    [Fact]
    public void a_rejected_bid_is_not_scored() =>
        Specs.Scoring(rejected: "C").Rejects(
            new Domain.Scoring.SubmitScoreSheet(Specs.Chair, "e1", "C", Domain.Scoring.PartKind.Technical, Specs.Sheet(Domain.Scoring.PartKind.Technical, 8)),
            Domain.Scoring.ScoringRejections.BidRejected);
}
