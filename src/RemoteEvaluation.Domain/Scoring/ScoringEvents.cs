using System.Collections.Immutable;
using RemoteEvaluation.Domain.Blind;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>Scoring opened (详细评审开始): the objective scores and, in blind mode, the seed and every expert's codes.</summary>
[EventType("scoring.opened")]
public sealed record ScoringOpened(long Seed, ImmutableList<ObjectiveScore> ObjectiveScores, ImmutableList<BlindAssignment> BlindAssignments) : SessionEvent;

/// <summary>A member's sheet was filled (评分表提交); always recorded under the bidder id.</summary>
[EventType("scoring.sheet_submitted")]
public sealed record ScoreSheetSubmitted(string ExpertId, string BidderId, PartKind Part, ImmutableList<ItemScore> Scores) : SessionEvent;

/// <summary>A member signed their sheet (评分表签字).</summary>
[EventType("scoring.sheet_signed")]
public sealed record ScoreSheetSigned(string ExpertId, string BidderId, PartKind Part, DateTimeOffset At) : SessionEvent;

/// <summary>Every technical sheet is signed: the blind codes are revealed (揭示暗标).</summary>
[EventType("scoring.identities_revealed")]
public sealed record IdentitiesRevealed(ImmutableList<BlindAssignment> Assignments) : SessionEvent;
