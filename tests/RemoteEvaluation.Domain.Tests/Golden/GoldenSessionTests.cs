using System.Text.Json;
using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.GoldenSession;

namespace RemoteEvaluation.Domain.Tests.Golden;

/// <summary>The golden session (<see cref="GoldenSession"/>) through the pure rules.</summary>
public class GoldenSessionTests
{
    [Fact]
    public void the_closed_report_matches_the_table_worked_out_by_hand()
    {
        var spec = Run();
        var report = spec.Only<SessionClosed>().Report;

        Assert.Equal(SessionPhase.Archived, spec.State.Phase);
        Assert.Equal(ExpectedTable, report.Scores.Bids.Select(b => (b.BidderId, b.Technical, b.Commercial, b.Price, b.Total)));
        Assert.Equal([("A", (int?)1), ("C", 2), ("B", 3)], report.Ranking.Candidates.Select(c => (c.BidderId, c.Rank)));
        Assert.Empty(report.Scores.Flags);
    }

    [Fact]
    public void the_report_lists_the_committee_the_rejection_the_clarification_the_recheck_and_the_dissent()
    {
        var report = Run().Only<SessionClosed>().Report;

        Assert.Equal(["x1", "x2", "x3", "x4", "x5", "x6", "x7"], report.Committee.Select(m => m.PersonId));
        Assert.Equal(["x1"], report.Committee.Where(m => m.IsChair).Select(m => m.PersonId));
        Assert.Equal(["x6"], report.Committee.Where(m => m.Late).Select(m => m.PersonId));

        var rejected = Assert.Single(report.Rejections);
        Assert.Equal("D", rejected.BidderId);
        Assert.Equal(5, Assert.Single(rejected.Failures).Reasons.Count(r => r == "Bid bond not submitted"));

        Assert.Equal(("B", "Yes, item 4.2 of the bill."), (Assert.Single(report.Clarifications).BidderId, report.Clarifications[0].Answer));
        Assert.Equal(new Recheck("x7", "C", "tech", 12, 26, RecheckGround.AbnormalScore, "The committee finds 12 abnormally low; the method is complete"), Assert.Single(report.Rechecks));
        Assert.Equal([new Dissent("x4", "B's commercial references deserved more weight")], report.Dissent);
    }

    [Fact]
    public void the_flag_raised_before_the_recheck_is_in_the_first_summary_only()
    {
        var summaries = Run().History.OfType<SummaryComputed>().Select(s => s.Table).ToList();

        Assert.Equal([1, 2], summaries.Select(s => s.Revision));
        Assert.Equal(new DeviationFlag("x7", "C", "tech", 12, 24.43m), Assert.Single(summaries[0].Flags));
        Assert.Equal(26.20m, summaries[0].Bids.Single(b => b.BidderId == "C").Technical);
    }

    [Fact]
    public void fees_and_conduct_follow_attendance()
    {
        var spec = Run();

        // Paid from 09:00 (x6 from 09:10) to the close at 15:00: the 8-hour band, 1 200 in the host pool. x7 (Jiangsu
        // pool, 1 100 for that band) sits remote and is paid the higher host rate.
        var fees = spec.Only<FeesSettled>().Fees;
        Assert.All(fees, f => Assert.Equal(1_200m, f.Amount));
        Assert.Equal(new ExpertFee("x7", true, TimeSpan.FromHours(6), "pool-zj", 1_200m), fees.Single(f => f.PersonId == "x7"));
        Assert.Equal(TimeSpan.FromMinutes(350), fees.Single(f => f.PersonId == "x6").Duration);

        var conduct = spec.History.OfType<ExpertConductRecorded>().ToDictionary(c => c.PersonId);
        Assert.Equal(7, conduct.Count);
        Assert.True(conduct["x6"].Late);
        Assert.Equal(["Arrived late: train delayed"], conduct["x6"].Remarks);
        Assert.Equal(1, conduct["x7"].ScoresRechecked);
        Assert.Equal(0, conduct["x1"].ScoresRechecked);
    }

    [Fact]
    public void every_event_of_the_golden_session_round_trips_through_json()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        foreach (var e in Run().History)
        {
            var json = JsonSerializer.Serialize(e, e.GetType(), web);
            var again = (SessionEvent)JsonSerializer.Deserialize(json, e.GetType(), web)!;
            Assert.Equal(json, JsonSerializer.Serialize(again, e.GetType(), web));
        }
    }

    [Fact]
    public void replaying_the_recorded_events_rebuilds_the_same_state()
    {
        var spec = Run();
        var replayed = spec.History.Aggregate(SessionDecider.Initial, SessionDecider.Evolve);

        Assert.Equal(spec.State.Phase, replayed.Phase);
        Assert.Equal(spec.State.Report, replayed.Report);
        Assert.Equal(spec.State.FinalChainHash, replayed.FinalChainHash);
    }
}
