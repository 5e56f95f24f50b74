using System.Collections.Immutable;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// The tender every simulated session evaluates (模拟招标项目): comprehensive criteria with two subjective parts, bids with
/// distinct prices and credit scores, and the scores every expert gives — the same for all experts, so no score is flagged
/// as a deviation and the ranking has no ties.
/// </summary>
public static class SimulatedTender
{
    public static readonly CriteriaTemplate Criteria = new(
        "sim-comprehensive",
        "Simulated comprehensive evaluation",
        EvaluationMethod.Comprehensive,
        [new QualificationItem("q1", "Licence"), new QualificationItem("q2", "Bid bond")],
        [
            new CriteriaPart(PartKind.Technical, "Technical", [new CriteriaItem("t1", "Method", 10, 0.5m), new CriteriaItem("t2", "Quality", 10, 1)]),
            new CriteriaPart(PartKind.Commercial, "Commercial", [new CriteriaItem("c1", "References", 10, 1), new CriteriaItem("credit", "Credit", 10, 0.01m, ItemKind.CreditScore)]),
            new CriteriaPart(PartKind.Price, "Price", [new CriteriaItem("price", "Price", 60, 0.01m, ItemKind.PriceFormula)]),
        ],
        new PriceFormula(PriceBase.AverageOfValidBids, 1m));

    /// <summary>The parts experts score, each a sheet of its own per bid.</summary>
    public static readonly PartKind[] ScoredParts = [PartKind.Technical, PartKind.Commercial];

    public static ImmutableList<Bid> Bids(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Bid($"bidder-{i + 1:D2}", $"Bidder {i + 1:D2} Construction", 1_000_000m + (i * 50_000m), 5m + (i % 5)))];

    public static ImmutableList<ItemVerdict> PassingVerdicts { get; } = [new("q1", true), new("q2", true)];

    public static ImmutableList<ItemScore> Sheet(int bidIndex, PartKind part) => part == PartKind.Technical
        ? [new ItemScore("t1", 9m - (0.5m * (bidIndex % 6))), new ItemScore("t2", 8m)]
        : [new ItemScore("c1", 7m + (bidIndex % 3))];
}
