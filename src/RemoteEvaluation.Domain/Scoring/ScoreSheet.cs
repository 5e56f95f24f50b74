using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>One member's score sheet for one part of one bid (评分表); once signed (签字) it is locked.</summary>
public sealed record ScoreSheet(string ExpertId, string BidderId, PartKind Part, ImmutableList<ItemScore> Scores, bool IsSigned = false);
