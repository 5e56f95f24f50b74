namespace RemoteEvaluation.Domain.Sessions;

/// <summary>A link fault in progress (暂停): since when, why, and by when the session must resume or be abandoned.</summary>
public sealed record Suspension(DateTimeOffset Since, string Reason, bool BeforeStart, DateTimeOffset Deadline);
