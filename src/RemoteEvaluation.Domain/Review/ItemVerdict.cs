namespace RemoteEvaluation.Domain.Review;

/// <summary>One member's pass/fail on one review item (审查意见); a fail needs a written reason.</summary>
public sealed record ItemVerdict(string ItemId, bool Pass, string? Reason = null);
