namespace RemoteEvaluation.Domain.Supervision;

/// <summary>Stable rejection codes of supervisors' warnings (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class WarningRejections
{
    public const string EmptyText = "warning.empty_text";
    public const string TextTooLong = "warning.text_too_long";
    public const string UnknownSite = "warning.unknown_site";
}
