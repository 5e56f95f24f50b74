using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.Domain.Tests.Infrastructure;

/// <summary>Small criteria templates for the tests.</summary>
public static class TestCriteria
{
    /// <summary>Technical t1 (10, step 0.5) and t2 (10, step 1); commercial c1 (10, step 1) and credit (10); price (60, mean base, 1 point per percent).</summary>
    public static readonly CriteriaTemplate Comprehensive = new(
        "test-comprehensive",
        "Test comprehensive",
        EvaluationMethod.Comprehensive,
        [new QualificationItem("q1", "Licence"), new QualificationItem("q2", "Bond")],
        [
            new CriteriaPart(PartKind.Technical, "Technical", [new CriteriaItem("t1", "Method", 10, 0.5m), new CriteriaItem("t2", "Quality", 10, 1)]),
            new CriteriaPart(PartKind.Commercial, "Commercial", [new CriteriaItem("c1", "References", 10, 1), new CriteriaItem("credit", "Credit", 10, 0.01m, ItemKind.CreditScore)]),
            new CriteriaPart(PartKind.Price, "Price", [new CriteriaItem("price", "Price", 60, 0.01m, ItemKind.PriceFormula)]),
        ],
        new PriceFormula(PriceBase.AverageOfValidBids, 1m));

    /// <summary>One adjustment item a1 (up to 10 000 yuan, step 100).</summary>
    public static readonly CriteriaTemplate LowestPrice = new(
        "test-lowest",
        "Test evaluated lowest price",
        EvaluationMethod.EvaluatedLowestPrice,
        [new QualificationItem("q1", "Licence"), new QualificationItem("q2", "Bond")],
        [new CriteriaPart(PartKind.Commercial, "Adjustments", [new CriteriaItem("a1", "Deviation adjustment", 10_000, 100)])]);
}
