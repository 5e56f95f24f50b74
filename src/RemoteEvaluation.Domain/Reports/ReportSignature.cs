namespace RemoteEvaluation.Domain.Reports;

/// <summary>
/// A member's signature on the report (签字). <see cref="CountsAs"/> is what the record holds:
/// a refusal without a written reason counts as <see cref="ReportStance.Agree"/>.
/// </summary>
public sealed record ReportSignature(string PersonId, ReportStance Given, ReportStance CountsAs, string? Reason, DateTimeOffset At);
