using System.Collections.Immutable;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Summary;

public class WidestSpreadSessionTests
{
    private static readonly ImmutableList<CommitteeMember> Nine =
        [.. Enumerable.Range(1, 9).Select(i => new CommitteeMember($"n{i}", MemberKind.Expert, HostSite, "pool-zj"))];

    [Fact]
    public void with_nine_members_the_summary_leaves_out_the_widest_spread_expert_and_says_so()
    {
        // Per item: n1–n7 give 8 to both bids; n8 gives A 8 and B 4; n9 gives A 10 and B 1. Totals spread: n9 27, n8 12,
        // others 0, so n9 is left out. B's item without n9: 8×7 and 4 → drop 4 and one 8 → 8. Without the spread rule it
        // would be 8×7, 4, 1 → drop 1 and one 8 → (8×6 + 4) / 7 = 7.43.
        var settings = EvaluationSettings.Default with { Aggregation = AggregationRule.DropWidestSpreadThenHighestAndLowest };
        var bids = ImmutableList.Create(Specs.Bids[0], Specs.Bids[1]);
        var spec = Specs.Scheduled(settings, bids: bids, committee: Nine).At(Specs.Start.AddMinutes(-5));
        foreach (var m in Nine)
        {
            spec.Given(new CheckIn(Host, m.PersonId));
        }

        spec.At(Specs.Start).Given(new OpenSession(Host));
        foreach (var m in Nine)
        {
            spec.Given(new DeclareConflict(Expert(m.PersonId, HostSite), HasConflict: false));
        }

        foreach (var m in Nine)
        {
            spec.Given(new VoteForChair(Expert(m.PersonId, HostSite), "n1"));
        }

        spec.Given(new StartReview(Host));
        foreach (var m in Nine)
        {
            foreach (var b in bids)
            {
                spec.Given(new SubmitReviewVerdicts(Expert(m.PersonId, HostSite), b.BidderId, [new ItemVerdict("q1", true), new ItemVerdict("q2", true)]));
            }
        }

        spec.Given(new ConcludeReview(Expert("n1", HostSite)), new OpenScoring(Host, 1));
        foreach (var part in new[] { PartKind.Technical, PartKind.Commercial })
        {
            foreach (var m in Nine)
            {
                foreach (var b in bids)
                {
                    var score = (m.PersonId, b.BidderId) switch
                    {
                        ("n9", "A") => 10,
                        ("n9", _) => 1,
                        ("n8", "B") => 4,
                        _ => 8,
                    };
                    var actor = Expert(m.PersonId, HostSite);
                    spec.Given(
                        new SubmitScoreSheet(actor, m.PersonId, b.BidderId, part, Specs.Sheet(part, score)),
                        new SignScoreSheet(actor, m.PersonId, b.BidderId, part));
                }
            }
        }

        spec.Given(new StartSummary(Host));
        var table = spec.State.Summary!;

        Assert.Equal(["n9"], table.LeftOutExperts);
        Assert.All(table.Bids.SelectMany(b => b.Items.Where(i => i.ItemId is "t1" or "t2" or "c1")), i => Assert.Equal(8m, i.Score));
    }
}
