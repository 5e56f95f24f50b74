namespace RemoteEvaluation.Domain.CheckInCodes;

/// <summary>Stable rejection codes of check-in codes (拒绝代码); never renamed.</summary>
public static class CheckInCodeRejections
{
    public const string Unknown = "checkin_code.unknown";
    public const string AlreadyIssued = "checkin_code.already_issued";
    public const string Expired = "checkin_code.expired";
    public const string AlreadyUsed = "checkin_code.already_used";
    public const string FieldRequired = "checkin_code.field_required";
}
