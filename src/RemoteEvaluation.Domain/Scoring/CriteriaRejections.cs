namespace RemoteEvaluation.Domain.Scoring;

/// <summary>Stable rejection codes of criteria templates (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class CriteriaRejections
{
    public const string FieldRequired = "criteria.field_required";
    public const string DuplicateId = "criteria.duplicate_id";
    public const string ItemInvalid = "criteria.item_invalid";
    public const string PriceFormulaInvalid = "criteria.price_formula_invalid";
    public const string MethodMismatch = "criteria.method_mismatch";
    public const string AlreadyAdopted = "criteria.already_adopted";
}
