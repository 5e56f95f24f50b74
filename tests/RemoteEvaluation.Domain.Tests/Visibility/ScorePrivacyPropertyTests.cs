using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Blind;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Visibility;

public class ScorePrivacyPropertyTests
{
    private static readonly string[] Experts = ["e1", "e2", "e3", "e4", "e5"];
    private static readonly string[] Bidders = ["A", "B", "C"];

    private static ImmutableList<SessionEvent> Prefix(bool blind) =>
    [
        new SessionScheduled("P", "Project", HostSite, Specs.Start, 0, EvaluationSettings.Default with { BlindTechnicalReview = blind }),
        new CriteriaAdopted(TestCriteria.Comprehensive),
        new BidsRegistered(Specs.Bids),
        new CommitteeSeated([.. Experts.Select(e => new CommitteeMember(e, MemberKind.Expert, HostSite, "pool"))]),
    ];

    /// <summary>One random event; kind 20 (a summary) is rare so most sequences spend long before it.</summary>
    private static SessionEvent Make(int kind, int expert, int bid, int score)
    {
        var e = Experts[expert];
        var b = Bidders[bid];
        var part = bid % 2 == 0 ? PartKind.Technical : PartKind.Commercial;
        return kind switch
        {
            <= 3 => new MemberCheckedIn(e, HostSite, "host-1", Specs.Start, false),
            <= 9 => new ScoreSheetSubmitted(e, b, part, [new ItemScore("t1", score)]),
            <= 12 => new ScoreSheetSigned(e, b, part, Specs.Start),
            <= 14 => new ScoreRechecked(new Recheck(e, b, "t1", score, score + 1, RecheckGround.AbnormalScore, "r")),
            15 => new ScoringOpened(score, [], BlindDraw.Assign(Experts, Bidders, score)),
            16 => new IdentitiesRevealed([]),
            17 or 18 or 19 => new ScoreSheetSubmitted(e, b, PartKind.Technical, [new ItemScore("t2", score)]),
            _ => new SummaryComputed(new SummaryTable(1, [], [.. Experts.Select(x => new ExpertTotal(x, b, score))], [], [])),
        };
    }

    private static Arbitrary<(bool Blind, List<SessionEvent> Events)> Histories() =>
        (from blind in ArbMap.Default.GeneratorFor<bool>()
         from n in Gen.Choose(0, 60)
         from raw in Gen.ListOf(
             from kind in Gen.Choose(0, 20)
             from expert in Gen.Choose(0, Experts.Length - 1)
             from bid in Gen.Choose(0, Bidders.Length - 1)
             from score in Gen.Choose(0, 10)
             select Make(kind, expert, bid, score),
             n)
         select (blind, Prefix(blind).AddRange(raw).ToList())).ToArbitrary();

    /// <summary>The experts whose individual scores an event carries (the summary table itself is the summary).</summary>
    private static IEnumerable<string> ScoreOwners(SessionEvent? e) => e switch
    {
        ScoreSheetSubmitted x when !x.Scores.IsEmpty => [x.ExpertId],
        ScoreRechecked x when x.Change.ExpertId is not null => [x.Change.ExpertId],
        _ => [],
    };

    [Fact]
    public void over_random_histories_no_expert_sees_another_experts_score_before_the_summary() =>
        Prop.ForAll(Histories(), history =>
        {
            foreach (var expert in Experts)
            {
                var audience = Expert(expert, HostSite);
                var state = SessionDecider.Initial;
                var seen = VisibilityTests.Seen(history.Events, audience);
                for (var i = 0; i < history.Events.Count; i++)
                {
                    if (state.Phase < SessionPhase.Summary && ScoreOwners(seen[i]).Any(owner => owner != expert))
                    {
                        return false;
                    }

                    state = SessionDecider.Evolve(state, history.Events[i]);
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void the_privacy_property_can_fail_when_an_expert_would_see_everything()
    {
        // Guards the property above against passing vacuously: the same histories do carry other experts' scores.
        var history = Prefix(false).AddRange([new MemberCheckedIn("e1", HostSite, "host-1", Specs.Start, false), Make(5, 1, 0, 7)]);
        Assert.Contains(history, e => ScoreOwners(e).Contains("e2"));
        Assert.Null(VisibilityTests.Seen(history, Expert("e1", HostSite))[^1]);
    }
}
