using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>
/// Open the detailed scoring (进入详细评审): computes the objective scores and, in blind mode, draws each
/// expert's codes and order from <paramref name="Seed"/>, which is recorded so anyone can re-run the draw.
/// </summary>
public sealed record OpenScoring(Actor By, long Seed) : SessionCommand(By);

/// <summary>
/// A member fills (填写评分表) (or refills, until signed) their sheet for one part of one bid. <paramref name="BidKey"/> is
/// the member's own bid code for a blind technical part, otherwise the bidder id.
/// </summary>
public sealed record SubmitScoreSheet(Actor By, string ExpertId, string BidKey, PartKind Part, ImmutableList<ItemScore> Scores) : SessionCommand(By);

/// <summary>A member signs their sheet (签字), locking it.</summary>
public sealed record SignScoreSheet(Actor By, string ExpertId, string BidKey, PartKind Part) : SessionCommand(By);
