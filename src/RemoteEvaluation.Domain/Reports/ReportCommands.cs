using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Reports;

/// <summary>A member signs the report (签署评标报告): agree, dissent with a reason, or refuse.</summary>
public sealed record SignReport(Actor By, ReportStance Stance, string? Reason = null) : SessionCommand(By);
