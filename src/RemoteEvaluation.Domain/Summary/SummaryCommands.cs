using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>Start the summary (汇总) once every sheet is signed.</summary>
public sealed record StartSummary(Actor By) : SessionCommand(By);

/// <summary>A member explains a flagged score of their own (偏离说明).</summary>
public sealed record ExplainDeviation(Actor By, string ExpertId, string BidderId, string ItemId, string Reason) : SessionCommand(By);

/// <summary>
/// The chair, for the committee, corrects one score in re-check (复核). For an objective item
/// <paramref name="ExpertId"/> is null and the ground must be <see cref="RecheckGround.ObjectiveItemMismatch"/>.
/// </summary>
public sealed record RecheckScore(Actor By, string? ExpertId, string BidderId, string ItemId, decimal NewScore, RecheckGround Ground, string Reason) : SessionCommand(By);

/// <summary>Record the tenderer's decision on bids the rules leave tied (招标人确定), as an order of bidder ids.</summary>
public sealed record RecordTendererDecision(Actor By, ImmutableList<string> Order) : SessionCommand(By);

/// <summary>The chair accepts the summary (确认汇总结果): the ranking is fixed and the report drafted.</summary>
public sealed record AcceptSummary(Actor By) : SessionCommand(By);
