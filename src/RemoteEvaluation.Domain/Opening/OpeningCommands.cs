using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Opening;

/// <summary>A member's conflict declaration (回避声明) after seeing the bidder list; a conflict needs its detail.</summary>
public sealed record DeclareConflict(Actor By, bool HasConflict, string? Detail = null) : SessionCommand(By);

/// <summary>A member's vote for chair (推选主任委员); candidates are experts, never tenderer representatives.</summary>
public sealed record VoteForChair(Actor By, string CandidateId) : SessionCommand(By);

/// <summary>Start the qualification and compliance review (开始资格审查) once the chair is elected.</summary>
public sealed record StartReview(Actor By) : SessionCommand(By);
