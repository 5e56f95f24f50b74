namespace RemoteEvaluation.Domain.CheckInCodes;

/// <summary>Stable rejection codes of check-in codes (拒绝代码); never renamed.</summary>
public static class CheckInCodeRejections
{
    public const string Unknown = "checkin.code_unknown";
    public const string AlreadyIssued = "checkin.code_already_issued";
    public const string Expired = "checkin.code_expired";
    public const string AlreadyUsed = "checkin.code_already_used";
    public const string FieldRequired = "checkin.code_field_required";
}
