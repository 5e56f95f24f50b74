using System.Collections.Immutable;
using System.Text.Json;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Summary;

/// <summary>The computed summary names the ties the tenderer must decide: exactly those AcceptSummary refuses on.</summary>
public class SummaryTiesTests
{
    // Same price, so the same price score: A leads on its credit score, B and C stay level on every key.
    private static readonly ImmutableList<Bid> TieBelowTheLeader =
    [
        new("A", "Alpha", 1_100_000m, 10m),
        new("B", "Beta", 1_100_000m, 8m),
        new("C", "Gamma", 1_100_000m, 8m),
    ];

    // Mean price 1 066 666.67: B and C are closer to it than A, so they lead, level on every key.
    private static readonly ImmutableList<Bid> TieAtTheTop =
    [
        new("A", "Alpha", 1_000_000m, 8m),
        new("B", "Beta", 1_100_000m, 8m),
        new("C", "Gamma", 1_100_000m, 8m),
    ];

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static SessionSpec InSummary(ImmutableList<Bid> bids, EvaluationSettings? settings = null) =>
        Specs.AllSigned(Specs.Scoring(settings, bids: bids)).Given(new StartSummary(Host));

    private static string[][] Ties(SessionSpec spec) => [.. spec.Only<SummaryComputed>().Table.UnresolvedTies.Select(t => t.ToArray())];

    [Fact]
    public void a_tie_among_the_candidates_is_named_and_refused_on_acceptance()
    {
        var spec = InSummary(TieAtTheTop);

        Assert.Equal([["B", "C"]], Ties(spec));
        spec.Rejects(new AcceptSummary(Specs.Chair), SummaryRejections.TieUnresolved);
    }

    [Fact]
    public void a_tie_below_the_candidates_is_not_named_and_acceptance_goes_through()
    {
        var spec = InSummary(TieBelowTheLeader, EvaluationSettings.Default with { MaxCandidates = 1 });

        Assert.Empty(Ties(spec));
        Assert.Equal(SessionPhase.Report, spec.Given(new AcceptSummary(Specs.Chair)).State.Phase);
    }

    [Fact]
    public void with_evaluation_and_award_separated_a_tie_straddling_the_cut_is_named_and_refused()
    {
        var spec = InSummary(TieBelowTheLeader, EvaluationSettings.Default with { SeparateEvaluationAndAward = true, MaxCandidates = 2 });

        Assert.Equal([["B", "C"]], Ties(spec));
        spec.Rejects(new AcceptSummary(Specs.Chair), SummaryRejections.TieUnresolved);
    }

    [Fact]
    public void with_evaluation_and_award_separated_a_tie_inside_the_candidates_is_not_named()
    {
        var spec = InSummary(TieAtTheTop, EvaluationSettings.Default with { SeparateEvaluationAndAward = true });

        Assert.Empty(Ties(spec));
        Assert.Equal(SessionPhase.Report, spec.Given(new AcceptSummary(Specs.Chair)).State.Phase);
    }

    [Fact]
    public void a_table_recomputed_after_the_tenderers_decision_names_no_tie()
    {
        var spec = InSummary(TieAtTheTop).Given(
            new RecordTendererDecision(Host, ["C", "B"]),
            new RecheckScore(Specs.Chair, null, "A", "credit", 7.5m, RecheckGround.ObjectiveItemMismatch, "Credit record corrected"));

        Assert.Equal(2, spec.State.Summary!.Revision);
        Assert.Empty(spec.State.Summary.UnresolvedTies);
        Assert.Equal(SessionPhase.Report, spec.Given(new AcceptSummary(Specs.Chair)).State.Phase);
    }

    [Fact]
    public void a_summary_recorded_before_ties_were_named_loads_with_none()
    {
        const string stored = """{"table":{"revision":1,"bids":[],"expertTotals":[],"leftOutExperts":[],"flags":[]}}""";

        var loaded = JsonSerializer.Deserialize<SummaryComputed>(stored, Web)!;

        Assert.Empty(loaded.Table.UnresolvedTies);
    }
}
