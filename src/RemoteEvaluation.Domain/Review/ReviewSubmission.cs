using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Review;

/// <summary>One member's verdicts on one bid (审查表), the latest submission counting.</summary>
public sealed record ReviewSubmission(string MemberId, string BidderId, ImmutableList<ItemVerdict> Verdicts);
