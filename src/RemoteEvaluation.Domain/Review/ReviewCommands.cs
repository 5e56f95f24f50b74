using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Review;

/// <summary>Show the pre-check (清标) findings to the committee.</summary>
public sealed record PublishPreCheck(Actor By, ImmutableList<PreCheckFinding> Findings) : SessionCommand(By);

/// <summary>A member's verdicts (审查意见) on every review item of one bid; resubmitting replaces them until the review is concluded.</summary>
public sealed record SubmitReviewVerdicts(Actor By, string BidderId, ImmutableList<ItemVerdict> Verdicts) : SessionCommand(By);

/// <summary>The chair concludes the review (形成审查结论) under the configured outcome rule.</summary>
public sealed record ConcludeReview(Actor By) : SessionCommand(By);
