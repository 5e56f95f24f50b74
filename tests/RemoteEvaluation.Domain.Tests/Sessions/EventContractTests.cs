using System.Reflection;
using System.Text.Json;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Blind;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Sessions;

/// <summary>What the grain relies on when it stores events: a stable name per sealed type, and a JSON round trip.</summary>
public class EventContractTests
{
    private static readonly Type[] EventTypes = [.. typeof(SessionEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(SessionEvent)) && !t.IsAbstract)];

    [Fact]
    public void every_event_is_a_sealed_record_with_a_unique_dotted_name()
    {
        Assert.All(EventTypes, t => Assert.True(t.IsSealed, $"{t.Name} is not sealed"));
        var names = EventTypes.Select(t => t.GetCustomAttribute<EventTypeAttribute>()?.Name).ToList();
        Assert.All(names, n => Assert.Matches(@"^[a-z]+\.[a-z_]+$", n ?? string.Empty));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>Histories that between them record every kind of event.</summary>
    private static IEnumerable<SessionEvent> Everything()
    {
        var blind = Specs.AllSigned(Specs.Scoring(EvaluationSettings.Default with { BlindTechnicalReview = true })).History;
        var absentAndReplaced = Specs.Scheduled().At(Specs.Start.AddMinutes(5))
            .Given(new MarkAbsent(NingboStaff, "e2"), new SeatReplacement(DrawSystem, "e2", new CommitteeMember("e9", MemberKind.Expert, Ningbo, "pool-zj"))).History;
        var conflict = Specs.Opened().Given(new DeclareConflict(Specs.MemberActor("e3"), HasConflict: true, "Shareholder of C")).History;
        var abandoned = Specs.InReview().Given(new SuspendSession(Host, "Power cut")).Later(TimeSpan.FromHours(1)).Given(new ResumeSession(Host), new SuspendSession(Host, "Again"))
            .Later(TimeSpan.FromHours(5)).Given(new AbandonSession(Host, "Not restored")).History;
        var tied = Specs.AllSigned(Specs.Scoring(bids: [new("A", "Alpha", 1_000_000m, 8m), new("B", "Beta", 1_000_000m, 8m)]))
            .Given(new StartSummary(Host), new RecordTendererDecision(Host, ["B", "A"])).History;
        var live = Specs.Opened().Presentable().Given(
            new PostChatMessage(Host, Ningbo, "NB?"),
            new ShowDocument(Host, "bid-list", 2, 1.25m, 0.5m),
            new RecordConnected(Actor.System, NingboStaff, "c-1"),
            new RecordDisconnected(Actor.System, "c-1"),
            new RecordSiteSilent(Actor.System, Ningbo, Specs.Start),
            new RecordSiteBack(Actor.System, Ningbo),
            new IssueWarning(Supervisor, Ningbo, "Keep order.")).History;
        var explained = Specs.InSummary().History.Concat([new DeviationExplained(new DeviationExplanation("e2", "A", "t1", "reason"))]);
        return GoldenSession.Run().History.Concat(blind).Concat(absentAndReplaced).Concat(conflict).Concat(abandoned).Concat(tied).Concat(live).Concat(explained);
    }

    [Fact]
    public void every_kind_of_event_round_trips_through_json_with_web_options()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var events = Everything().ToList();

        Assert.Empty(EventTypes.Except(events.Select(e => e.GetType())).Select(t => t.Name));
        foreach (var e in events)
        {
            var json = JsonSerializer.Serialize(e, e.GetType(), web);
            var again = JsonSerializer.Deserialize(json, e.GetType(), web)!;
            Assert.Equal(json, JsonSerializer.Serialize(again, e.GetType(), web));
        }
    }

    [Fact]
    public void the_blind_assignment_recorded_can_be_re_run_from_its_seed()
    {
        var spec = Specs.Scoring(EvaluationSettings.Default with { BlindTechnicalReview = true });
        var opened = spec.Only<ScoringOpened>();
        var rerun = BlindDraw.Assign([.. Specs.Committee.Select(m => m.PersonId)], ["A", "B", "C"], opened.Seed);

        Assert.Equal(opened.BlindAssignments.Select(a => string.Join(',', a.Codes)), rerun.Select(a => string.Join(',', a.Codes)));
    }
}
