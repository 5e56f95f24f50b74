namespace RemoteEvaluation.Domain.Conduct;

/// <summary>Stable rejection codes of conduct records.</summary>
public static class ConductRejections
{
    public const string AlreadyRecorded = "conduct.already_recorded";
    public const string UnknownExpert = "conduct.unknown_expert";
}
