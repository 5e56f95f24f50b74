namespace RemoteEvaluation.Domain.Conduct;

/// <summary>Stable rejection codes of conduct records (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class ConductRejections
{
    public const string AlreadyRecorded = "conduct.already_recorded";
    public const string UnknownExpert = "conduct.unknown_expert";
}
