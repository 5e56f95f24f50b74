using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>
/// The golden session: 7 experts at 3 centres, 4 bidders, D rejected at qualification, one re-check,
/// from check-in to archive. The expected report is worked out by hand below. The script drives any
/// <see cref="ISessionDriver"/>: the pure rules (<see cref="SessionSpec"/>) or a real SessionGrain.
/// </summary>
public static class GoldenSession
{
    // Criteria: technical "tech" 0–30 step 1; commercial "biz" 0–20 step 1 plus credit 0–10; price 40, base = mean
    // of valid bids, 1 point off per percent. Aggregation: drop one highest and one lowest, mean, 2 decimals.
    private static readonly CriteriaTemplate Criteria = new(
        "golden",
        "Golden construction tender",
        EvaluationMethod.Comprehensive,
        [new QualificationItem("q1", "Bid bond"), new QualificationItem("q2", "Licence")],
        [
            new CriteriaPart(PartKind.Technical, "Technical", [new CriteriaItem("tech", "Construction method", 30, 1)]),
            new CriteriaPart(PartKind.Commercial, "Commercial", [new CriteriaItem("biz", "References", 20, 1), new CriteriaItem("credit", "Credit", 10, 0.01m, ItemKind.CreditScore)]),
            new CriteriaPart(PartKind.Price, "Price", [new CriteriaItem("price", "Price", 40, 0.01m, ItemKind.PriceFormula)]),
        ],
        new PriceFormula(PriceBase.AverageOfValidBids, 1m));

    private static readonly EvaluationSettings Settings = Specs.FeeSettings with { Aggregation = AggregationRule.DropHighestAndLowest };

    // x1–x3 sit at the host (HZ), x4–x5 in Ningbo, x6–x7 in Wenzhou; x7 comes from the Jiangsu pool.
    private static readonly ImmutableList<CommitteeMember> Committee =
    [
        new("x1", MemberKind.Expert, HostSite, "pool-zj"),
        new("x2", MemberKind.Expert, HostSite, "pool-zj"),
        new("x3", MemberKind.Expert, HostSite, "pool-zj"),
        new("x4", MemberKind.Expert, Ningbo, "pool-zj"),
        new("x5", MemberKind.Expert, Ningbo, "pool-zj"),
        new("x6", MemberKind.Expert, Wenzhou, "pool-zj"),
        new("x7", MemberKind.Expert, Wenzhou, "pool-js"),
    ];

    private static readonly ImmutableList<Bid> Bids =
    [
        new("A", "Alpha", 4_000_000m, 9m),
        new("B", "Beta", 4_200_000m, 8m),
        new("C", "Gamma", 3_800_000m, 10m),
        new("D", "Delta", 3_500_000m, 6m),
    ];

    // Scores by x1..x7.
    //  tech  A: 25 26 24 25 27 23 25   drop 27, 23 → 125 / 5 = 25.00
    //        B: 20 22 21 19 23 20 28   drop 28, 19 → 106 / 5 = 21.20
    //        C: 27 26 28 25 27 26 12   x7's 12 is flagged (mean 24.43, 12 is 12.43 away > 30% = 7.33)
    //           re-check: 12 → 26 (abnormal score);  27 26 28 25 27 26 26  drop 28, 25 → 132 / 5 = 26.40
    //  biz   A: 15 16 14 15 16 15 17   drop 17, 14 →  77 / 5 = 15.40
    //        B: 18 17 18 19 17 18 18   drop 19, 17 →  89 / 5 = 17.80
    //        C: 12 13 12 14 13 12 13   drop 14, 12 →  63 / 5 = 12.60
    private static readonly Dictionary<string, int[]> Tech = new() { ["A"] = [25, 26, 24, 25, 27, 23, 25], ["B"] = [20, 22, 21, 19, 23, 20, 28], ["C"] = [27, 26, 28, 25, 27, 26, 12] };
    private static readonly Dictionary<string, int[]> Biz = new() { ["A"] = [15, 16, 14, 15, 16, 15, 17], ["B"] = [18, 17, 18, 19, 17, 18, 18], ["C"] = [12, 13, 12, 14, 13, 12, 13] };

    // Price: valid bids A 4.0M, B 4.2M, C 3.8M (D was rejected), mean 4.0M → A 40; B and C are 5% away → 35.
    //
    //  bid | technical | commercial (biz + credit) | price | total  | rank
    //   A  |   25.00   |   15.40 + 9  = 24.40      | 40.00 | 89.40  |  1
    //   C  |   26.40   |   12.60 + 10 = 22.60      | 35.00 | 84.00  |  2
    //   B  |   21.20   |   17.80 + 8  = 25.80      | 35.00 | 82.00  |  3
    public static readonly (string Bidder, decimal Technical, decimal Commercial, decimal Price, decimal Total)[] ExpectedTable =
    [
        ("A", 25.00m, 24.40m, 40m, 89.40m),
        ("B", 21.20m, 25.80m, 35m, 82.00m),
        ("C", 26.40m, 22.60m, 35m, 84.00m),
    ];

    private static Actor X(string id) => Expert(id, Committee.Single(m => m.PersonId == id).SiteId);

    /// <summary>Runs the whole session through the pure rules.</summary>
    public static SessionSpec Run()
    {
        var spec = new SessionSpec();
        Drive(spec);
        return spec;
    }

    /// <summary>Sends every command of the session, each at its time, through <paramref name="spec"/>.</summary>
    public static void Drive(ISessionDriver spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var start = Specs.Start;
        spec.At(start.AddDays(-1)).Given(
            new ScheduleSession(Host, "ZJ-2026-077", "Riverside school, phase 2", HostSite, start, 30_000_000m, Settings),
            new LinkRemoteSite(Host, Ningbo),
            new LinkRemoteSite(Coordinator, Wenzhou),
            new AdoptCriteria(Host, Criteria),
            new RegisterBids(Host, Bids),
            new SeatCommittee(DrawSystem, Committee));

        // Check-in at each expert's own centre; x6 arrives ten minutes late.
        spec.At(start.AddMinutes(-20));
        foreach (var m in Committee.Where(m => m.PersonId != "x6"))
        {
            spec.Given(new CheckIn(StaffOf(m.SiteId), m.PersonId));
        }

        spec.At(start.AddMinutes(10)).Given(new CheckIn(WenzhouStaff, "x6"));

        // Opening: no conflicts; x1 is elected chair 4 votes to 3.
        spec.At(start.AddMinutes(15)).Given(new OpenSession(Host));
        foreach (var m in Committee)
        {
            spec.Given(new DeclareConflict(X(m.PersonId), HasConflict: false));
        }

        foreach (var (voter, candidate) in new[] { ("x1", "x1"), ("x2", "x1"), ("x3", "x1"), ("x4", "x1"), ("x5", "x4"), ("x6", "x4"), ("x7", "x4") })
        {
            spec.Given(new VoteForChair(X(voter), candidate));
        }

        // Review: five of seven fail D on the bid bond; a clarification to B is answered.
        spec.Given(new StartReview(Host), new PublishPreCheck(Host, [new PreCheckFinding("D", "No bid bond receipt found")]));
        foreach (var m in Committee)
        {
            foreach (var bid in Bids)
            {
                var fail = bid.BidderId == "D" && m.PersonId is not ("x6" or "x7");
                spec.Given(new SubmitReviewVerdicts(X(m.PersonId), bid.BidderId, [new ItemVerdict("q1", !fail, fail ? "Bid bond not submitted" : null), new ItemVerdict("q2", true)]));
            }
        }

        spec.Given(
            new ConcludeReview(X("x1")),
            new RequestClarification(X("x1"), "cl-1", "B", "Does the price include the temporary works?"),
            new AnswerClarification(Bidder("B"), "cl-1", "Yes, item 4.2 of the bill.", SampleCommands.Hash),
            new OpenScoring(Host, 2026));

        // Scoring: every expert fills and signs both sheets of A, B and C.
        for (var i = 0; i < Committee.Count; i++)
        {
            var id = Committee[i].PersonId;
            foreach (var bid in new[] { "A", "B", "C" })
            {
                var tech = Tech[bid][i];
                spec.Given(
                    new SubmitScoreSheet(X(id), id, bid, PartKind.Technical, [new ItemScore("tech", tech, tech < 18 ? "No method for the deep foundation pit" : null)]),
                    new SignScoreSheet(X(id), id, bid, PartKind.Technical),
                    new SubmitScoreSheet(X(id), id, bid, PartKind.Commercial, [new ItemScore("biz", Biz[bid][i])]),
                    new SignScoreSheet(X(id), id, bid, PartKind.Commercial));
            }
        }

        // Summary, the one re-check, acceptance.
        spec.At(start.AddHours(4)).Given(
            new StartSummary(Host),
            new RecheckScore(X("x1"), "x7", "C", "tech", 26, RecheckGround.AbnormalScore, "The committee finds 12 abnormally low; the method is complete"),
            new AcceptSummary(X("x1")));

        // Report: x4 dissents, x5 refuses without a reason (counts as agreement), the rest agree.
        spec.At(start.AddHours(6));
        foreach (var m in Committee)
        {
            spec.Given(m.PersonId switch
            {
                "x4" => new SignReport(X("x4"), ReportStance.Dissent, "B's commercial references deserved more weight"),
                "x5" => new SignReport(X("x5"), ReportStance.Refuse),
                _ => new SignReport(X(m.PersonId), ReportStance.Agree),
            });
        }

        spec.Given(
            new CloseSession(Host),
            new SettleFees(Host),
            new RecordConduct(Host, [new StaffRemark("x6", "Arrived late: train delayed")]),
            new ArchiveSession(Host, SampleCommands.Hash));
    }
}
