namespace RemoteEvaluation.Domain.Summary;

/// <summary>Stable rejection codes of the summary, re-check and tie decisions (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class SummaryRejections
{
    public const string SheetsUnsigned = "summary.sheets_unsigned";
    public const string NoSuchFlag = "summary.no_such_flag";
    public const string ReasonRequired = "summary.reason_required";
    public const string DeviationsUnexplained = "summary.deviations_unexplained";
    public const string TieUnresolved = "summary.tie_unresolved";
    public const string NoTie = "summary.no_tie";
    public const string TieDecisionIncomplete = "summary.tie_decision_incomplete";
    public const string RecheckGroundNotApplicable = "recheck.ground_not_applicable";
    public const string RecheckUnknownScore = "recheck.unknown_score";
    public const string RecheckNoChange = "recheck.no_change";
    public const string RecheckReasonRequired = "recheck.reason_required";
}
