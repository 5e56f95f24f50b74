using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Clarifications;

/// <summary>The chair, for the committee, asks one bidder a written question (澄清要求).</summary>
public sealed record RequestClarification(Actor By, string ClarificationId, string BidderId, string Question) : SessionCommand(By);

/// <summary>The bidder answers in writing (澄清答复), with the SHA-256 of an attachment if any.</summary>
public sealed record AnswerClarification(Actor By, string ClarificationId, string Answer, string? AttachmentSha256 = null) : SessionCommand(By);
