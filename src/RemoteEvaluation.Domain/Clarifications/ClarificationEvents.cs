using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Clarifications;

/// <summary>A clarification was requested (发出澄清).</summary>
[EventType("clarification.requested")]
public sealed record ClarificationRequested(string ClarificationId, string BidderId, string Question, DateTimeOffset At) : SessionEvent;

/// <summary>A bidder answered a clarification (澄清答复).</summary>
[EventType("clarification.answered")]
public sealed record ClarificationAnswered(string ClarificationId, string BidderId, string Answer, string? AttachmentSha256, DateTimeOffset At) : SessionEvent;
