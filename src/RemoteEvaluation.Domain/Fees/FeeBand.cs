namespace RemoteEvaluation.Domain.Fees;

/// <summary>One band of the fee table (劳务报酬标准): a session lasting up to <paramref name="UpToHours"/> pays <paramref name="Amount"/> yuan.</summary>
public sealed record FeeBand(decimal UpToHours, decimal Amount);
