using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Review;

/// <summary>The committee's outcome for one bid (审查结论): passed, or rejected (否决投标) on the listed items.</summary>
public sealed record BidReviewOutcome(string BidderId, bool Passed, ImmutableList<FailedItem> Failures);
