using System.Collections.Immutable;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Ranking;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Summary;

namespace RemoteEvaluation.Domain.Reports;

/// <summary>
/// The evaluation report (评标报告): committee, rejected bids with reasons, score tables, ranking,
/// every member's signed sheets (re-check corrections applied), clarifications, re-check changes and dissent.
/// </summary>
public sealed record EvaluationReport(
    string ProjectCode,
    string ProjectName,
    EvaluationMethod Method,
    ImmutableList<ReportMember> Committee,
    ImmutableList<BidReviewOutcome> Rejections,
    SummaryTable Scores,
    ImmutableList<ScoreSheet> Sheets,
    RankingResult Ranking,
    ImmutableList<Clarification> Clarifications,
    ImmutableList<Recheck> Rechecks,
    ImmutableList<Dissent> Dissent);
