using System.Text.Json;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Tests.Infrastructure;

namespace RemoteEvaluation.Domain.Tests.Scoring;

public class CriteriaTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static CriteriaTemplate Load(string file) =>
        JsonSerializer.Deserialize<CriteriaTemplate>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "criteria", file)), Web)!;

    [Fact]
    public void the_construction_sample_is_a_valid_comprehensive_template_of_100_points()
    {
        var t = Load("construction-comprehensive.json");

        Assert.Null(CriteriaValidation.Check(t));
        Assert.Equal(EvaluationMethod.Comprehensive, t.Method);
        Assert.Equal((50m, 20m, 30m), (t.Part(PartKind.Technical)!.Maximum, t.Part(PartKind.Commercial)!.Maximum, t.Part(PartKind.Price)!.Maximum));
        Assert.Equal(PriceBase.AverageOfValidBids, t.PriceFormula!.Base);
        Assert.Contains(t.Items, i => i.Kind == ItemKind.CreditScore);
    }

    [Fact]
    public void the_goods_sample_is_a_valid_evaluated_lowest_price_template()
    {
        var t = Load("goods-evaluated-lowest-price.json");

        Assert.Null(CriteriaValidation.Check(t));
        Assert.Equal(EvaluationMethod.EvaluatedLowestPrice, t.Method);
        Assert.Null(t.PriceFormula);
        Assert.All(t.Items, i => Assert.Equal(ItemKind.Subjective, i.Kind));
    }

    [Fact]
    public void a_template_round_trips_through_json()
    {
        var t = Load("construction-comprehensive.json");
        var again = JsonSerializer.Deserialize<CriteriaTemplate>(JsonSerializer.Serialize(t, Web), Web)!;
        Assert.Equal(JsonSerializer.Serialize(t, Web), JsonSerializer.Serialize(again, Web));
    }

    [Fact]
    public void a_template_without_review_items_is_rejected() =>
        Assert.Equal(CriteriaRejections.FieldRequired, CriteriaValidation.Check(TestCriteria.Comprehensive with { QualificationItems = [] })?.Code);

    [Fact]
    public void an_item_id_used_twice_is_rejected() =>
        Assert.Equal(CriteriaRejections.DuplicateId, CriteriaValidation.Check(TestCriteria.Comprehensive with { QualificationItems = [new("t1", "clash")] })?.Code);

    [Fact]
    public void a_step_that_does_not_divide_the_maximum_is_rejected()
    {
        var part = new CriteriaPart(PartKind.Technical, "T", [new CriteriaItem("t1", "Method", 10, 3)]);
        Assert.Equal(CriteriaRejections.ItemInvalid, CriteriaValidation.Check(TestCriteria.Comprehensive with { Parts = TestCriteria.Comprehensive.Parts.SetItem(0, part) })?.Code);
    }

    [Fact]
    public void comprehensive_scoring_without_a_price_formula_is_rejected() =>
        Assert.Equal(CriteriaRejections.PriceFormulaInvalid, CriteriaValidation.Check(TestCriteria.Comprehensive with { PriceFormula = null })?.Code);

    [Fact]
    public void evaluated_lowest_price_with_a_price_formula_is_rejected() =>
        Assert.Equal(CriteriaRejections.MethodMismatch, CriteriaValidation.Check(TestCriteria.LowestPrice with { PriceFormula = new PriceFormula(PriceBase.LowestValidBid, 1) })?.Code);

    [Fact]
    public void adopting_invalid_criteria_is_rejected_with_the_criteria_code() =>
        new SessionSpec().At(Specs.Start.AddDays(-1))
            .Given(new Domain.Sessions.ScheduleSession(People.Host, "P", "Project", People.HostSite, Specs.Start))
            .Rejects(new Domain.Sessions.AdoptCriteria(People.Host, TestCriteria.Comprehensive with { PriceFormula = null }), CriteriaRejections.PriceFormulaInvalid);

    [Theory]
    [InlineData(1_000_000, 30)]
    [InlineData(1_050_000, 25)]
    [InlineData(950_000, 25)]
    [InlineData(1_400_000, 0)]
    public void the_price_score_loses_the_penalty_per_percent_away_from_the_mean_floored_at_zero(int price, int expected)
    {
        // Valid bids 900 000, 1 000 000 and 1 100 000: the mean base is 1 000 000.
        var formula = new PriceFormula(PriceBase.AverageOfValidBids, 1m);
        Assert.Equal(expected, formula.Score(30m, price, [900_000m, 1_000_000m, 1_100_000m], 2));
    }

    [Fact]
    public void the_lowest_bid_base_scores_the_lowest_bid_full_marks()
    {
        var formula = new PriceFormula(PriceBase.LowestValidBid, 0.5m);
        Assert.Equal(30m, formula.Score(30m, 900_000m, [900_000m, 1_000_000m], 2));
        Assert.Equal(24.44m, formula.Score(30m, 1_000_000m, [900_000m, 1_000_000m], 2));
    }
}
