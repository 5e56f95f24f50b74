namespace RemoteEvaluation.Domain.Reports;

/// <summary>Stable rejection codes of the report, closing and archiving (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class ReportRejections
{
    public const string AlreadySigned = "report.already_signed";
    public const string ReasonRequired = "report.reason_required";
    public const string SignaturesMissing = "report.signatures_missing";
    public const string InvalidChainHash = "archive.invalid_chain_hash";
    public const string FeesNotSettled = "archive.fees_not_settled";
    public const string ConductNotRecorded = "archive.conduct_not_recorded";
}
