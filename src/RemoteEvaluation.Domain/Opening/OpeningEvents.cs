using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Opening;

/// <summary>A member declared no conflict (无回避事项).</summary>
[EventType("opening.no_conflict_declared")]
public sealed record NoConflictDeclared(string PersonId) : SessionEvent;

/// <summary>A member declared a conflict (主动回避) and leaves the committee.</summary>
[EventType("opening.conflict_declared")]
public sealed record ConflictDeclared(string PersonId, string Detail, DateTimeOffset At) : SessionEvent;

/// <summary>A member voted for chair (推选投票).</summary>
[EventType("opening.chair_vote_cast")]
public sealed record ChairVoteCast(string VoterId, string CandidateId) : SessionEvent;

/// <summary>The chair was elected (主任委员产生); <see cref="TieBroken"/> when the roster-order tie rule decided.</summary>
[EventType("opening.chair_elected")]
public sealed record ChairElected(string PersonId, bool TieBroken) : SessionEvent;

/// <summary>The review began (进入资格审查).</summary>
[EventType("review.started")]
public sealed record ReviewStarted(DateTimeOffset At) : SessionEvent;
