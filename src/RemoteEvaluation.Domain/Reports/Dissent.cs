namespace RemoteEvaluation.Domain.Reports;

/// <summary>A written dissent (不同意见) in the report.</summary>
public sealed record Dissent(string PersonId, string Reason);
