using System.Collections.Immutable;
using RemoteEvaluation.Domain.Ranking;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>The summary table was computed (汇总结果); recomputed after each re-check with a higher revision. The table names the ties the tenderer must decide (`unresolvedTies`).</summary>
[EventType("summary.computed")]
public sealed record SummaryComputed(SummaryTable Table) : SessionEvent;

/// <summary>A member explained a flagged score (偏离说明).</summary>
[EventType("summary.deviation_explained")]
public sealed record DeviationExplained(DeviationExplanation Explanation) : SessionEvent;

/// <summary>A score was corrected in re-check (复核修正), with its ground and reason.</summary>
[EventType("summary.score_rechecked")]
public sealed record ScoreRechecked(Recheck Change) : SessionEvent;

/// <summary>The tenderer decided the order of tied bids (招标人确定排序).</summary>
[EventType("summary.tenderer_decision_recorded")]
public sealed record TendererDecisionRecorded(ImmutableList<string> Order, string DecidedBy) : SessionEvent;

/// <summary>The committee accepted the summary; the ranking (推荐排序) is fixed.</summary>
[EventType("summary.accepted")]
public sealed record SummaryAccepted(RankingResult Ranking) : SessionEvent;
