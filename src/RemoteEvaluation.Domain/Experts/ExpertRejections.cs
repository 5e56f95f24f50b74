namespace RemoteEvaluation.Domain.Experts;

/// <summary>The stable rejection codes of the expert registry.</summary>
public static class ExpertRejections
{
    public const string NotRegistered = "expert.not_registered";
    public const string IdentitySealed = "expert.identity_sealed";
    public const string FieldRequired = "expert.field_required";
    public const string InvalidIdNumber = "expert.invalid_id_number";
    public const string InvalidSpecialty = "expert.invalid_specialty";
    public const string InvalidDates = "expert.invalid_dates";
    public const string InvalidCount = "expert.invalid_count";
    public const string InvalidAmount = "expert.invalid_amount";
    public const string Retired = "expert.retired";
    public const string DuplicateEntry = "expert.duplicate_entry";
}
