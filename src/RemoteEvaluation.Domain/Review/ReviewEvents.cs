using System.Collections.Immutable;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Review;

/// <summary>Pre-check (清标) findings were shown.</summary>
[EventType("review.pre_check_published")]
public sealed record PreCheckPublished(ImmutableList<PreCheckFinding> Findings) : SessionEvent;

/// <summary>A member's verdicts on one bid were recorded (审查意见).</summary>
[EventType("review.verdicts_submitted")]
public sealed record ReviewVerdictsSubmitted(string MemberId, string BidderId, ImmutableList<ItemVerdict> Verdicts) : SessionEvent;

/// <summary>The committee's outcome per bid (审查结论); rejected bids (否决投标) leave the scoring.</summary>
[EventType("review.concluded")]
public sealed record ReviewConcluded(ImmutableList<BidReviewOutcome> Outcomes) : SessionEvent;
