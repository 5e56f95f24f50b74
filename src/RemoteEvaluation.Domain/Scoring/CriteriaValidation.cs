namespace RemoteEvaluation.Domain.Scoring;

/// <summary>Whether a criteria template can be used (评分标准校验).</summary>
public static class CriteriaValidation
{
    public static Rejection? Check(CriteriaTemplate t)
    {
        if (string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Name) || t.QualificationItems.IsEmpty || t.Parts.IsEmpty || t.Parts.Any(p => p.Items.IsEmpty))
        {
            return new Rejection(CriteriaRejections.FieldRequired, "A template needs an id, a name, at least one qualification item and at least one part, and every part needs items.");
        }

        var ids = t.QualificationItems.Select(q => q.Id).Concat(t.Items.Select(i => i.Id)).ToList();
        var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1 || string.IsNullOrWhiteSpace(g.Key));
        if (duplicate is not null)
        {
            return new Rejection(CriteriaRejections.DuplicateId, $"Item id '{duplicate.Key}' is blank or used more than once; give every item a unique id.");
        }

        if (t.Parts.Select(p => p.Kind).Distinct().Count() != t.Parts.Count)
        {
            return new Rejection(CriteriaRejections.DuplicateId, "Each part kind (technical, commercial, price) may appear only once.");
        }

        var bad = t.Items.FirstOrDefault(i => i.Maximum <= 0 || (!i.IsObjective && (i.Step <= 0 || !i.IsOnStep(i.Maximum))));
        if (bad is not null)
        {
            return new Rejection(CriteriaRejections.ItemInvalid, $"Item '{bad.Id}' needs a positive maximum and, if subjective, a positive step that divides the maximum.");
        }

        return t.Method == EvaluationMethod.Comprehensive ? CheckComprehensive(t) : CheckLowestPrice(t);
    }

    private static Rejection? CheckComprehensive(CriteriaTemplate t)
    {
        var priceItems = t.Items.Where(i => i.Kind == ItemKind.PriceFormula).ToList();
        var pricePart = t.Part(PartKind.Price);
        if (priceItems.Count != 1 || pricePart is null || pricePart.Items.Count != 1 || pricePart.Items[0].Kind != ItemKind.PriceFormula)
        {
            return new Rejection(CriteriaRejections.PriceFormulaInvalid, "Comprehensive scoring needs a price part holding exactly one price-formula item.");
        }

        if (t.PriceFormula is null || t.PriceFormula.PenaltyPerPercent <= 0 || !Enum.IsDefined(t.PriceFormula.Base))
        {
            return new Rejection(CriteriaRejections.PriceFormulaInvalid, "Comprehensive scoring needs a price formula with a known base and a positive penalty per percent.");
        }

        return null;
    }

    private static Rejection? CheckLowestPrice(CriteriaTemplate t)
    {
        if (t.PriceFormula is not null || t.Items.Any(i => i.IsObjective) || t.Part(PartKind.Price) is not null)
        {
            return new Rejection(CriteriaRejections.MethodMismatch, "The evaluated lowest price method ranks by evaluated price: remove the price part, the price formula and objective items; list price adjustments as subjective items.");
        }

        return null;
    }
}
