using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Reports;

/// <summary>The report was drafted (生成评标报告) from the accepted summary.</summary>
[EventType("report.drafted")]
public sealed record ReportDrafted(EvaluationReport Report) : SessionEvent;

/// <summary>A member signed the report (报告签字).</summary>
[EventType("report.signed")]
public sealed record ReportSigned(ReportSignature Signature) : SessionEvent;
