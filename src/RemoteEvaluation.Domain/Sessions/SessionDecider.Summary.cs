using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Ranking;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Summary;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Summary (汇总), deviation explanations, re-check (复核), tie decisions and acceptance.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> StartSummary(SessionState state, StartSummary c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Scoring)) is { } rejected)
        {
            return rejected;
        }

        var unsigned = state.Criteria!.ScoredParts
            .SelectMany(p => state.ActiveMembers.SelectMany(m => state.ValidBids.Select(b => state.Sheet(m.PersonId, b.BidderId, p.Kind))))
            .Count(s => s is not { IsSigned: true });
        if (unsigned > 0)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.SheetsUnsigned, $"{unsigned} score sheet(s) are not signed yet.");
        }

        return Accept(new SummaryComputed(Summarise(state, revision: 1)));
    }

    // The table names its unresolved ties from the same Ranker call AcceptSummary makes, so no client ranks bids itself.
    internal static SummaryTable Summarise(SessionState state, int revision)
    {
        var table = SummaryCalculator.Compute(revision, state.Criteria!, state.Settings, state.ValidBids, state.Sheets, state.ObjectiveScores);
        return table with { UnresolvedTies = Rank(state, table).UnresolvedTies };
    }

    internal static RankingResult RankNow(SessionState state) => Rank(state, state.Summary!);

    private static RankingResult Rank(SessionState state, SummaryTable table) =>
        Ranker.Rank(state.Criteria!.Method, table.Bids, state.TendererOrder, state.Settings.MaxCandidates, state.Settings.SeparateEvaluationAndAward);

    private static Decision<SessionEvent> ExplainDeviation(SessionState state, ExplainDeviation c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Summary) ?? Member(state, c.By) ?? OwnSheet(c.By, c.ExpertId)) is { } rejected)
        {
            return rejected;
        }

        if (!state.Summary!.Flags.Any(f => f.ExpertId == c.ExpertId && f.BidderId == c.BidderId && f.ItemId == c.ItemId))
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.NoSuchFlag, $"Your score on '{c.ItemId}' of {c.BidderId} is not flagged; nothing to explain.");
        }

        return string.IsNullOrWhiteSpace(c.Reason)
            ? Decision<SessionEvent>.Reject(SummaryRejections.ReasonRequired, "Write why your score differs from the committee's.")
            : Accept(new DeviationExplained(new DeviationExplanation(c.ExpertId, c.BidderId, c.ItemId, c.Reason.Trim())));
    }

    private static Decision<SessionEvent> RecheckScore(SessionState state, RecheckScore c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Summary) ?? Chair(state, c.By)) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.RecheckReasonRequired, "Every re-check change needs the committee's written reason.");
        }

        var item = state.Criteria!.Item(c.ItemId);
        if (item is null || !state.ValidBids.Any(b => b.BidderId == c.BidderId) || !Enum.IsDefined(c.Ground))
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.RecheckUnknownScore, $"There is no score on '{c.ItemId}' of {c.BidderId} to re-check.");
        }

        var objectiveGround = c.Ground == RecheckGround.ObjectiveItemMismatch;
        if (item.IsObjective != objectiveGround || item.IsObjective != (c.ExpertId is null))
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.RecheckGroundNotApplicable, item.IsObjective
                ? $"'{item.Id}' is objective: correct it for every member (no expert) on the ground {RecheckGround.ObjectiveItemMismatch}."
                : $"'{item.Id}' is subjective: name the expert and use summation error, sub-score out of range or abnormal score.");
        }

        var old = item.IsObjective
            ? state.ObjectiveScores.FirstOrDefault(o => o.BidderId == c.BidderId && o.ItemId == c.ItemId)?.Score
            : state.Sheet(c.ExpertId!, c.BidderId, state.Criteria.PartOf(c.ItemId)!.Value)?.Scores.FirstOrDefault(s => s.ItemId == c.ItemId)?.Score;
        if (old is null)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.RecheckUnknownScore, $"{c.ExpertId ?? "Nobody"} has no score on '{c.ItemId}' of {c.BidderId}.");
        }

        if (c.NewScore < 0 || c.NewScore > item.Maximum)
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.OutOfRange, $"Item '{item.Id}' is scored from 0 to {item.Maximum}; {c.NewScore} is outside.");
        }

        if (!item.IsObjective && !item.IsOnStep(c.NewScore))
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.OffStep, $"Item '{item.Id}' is scored in steps of {item.Step}; {c.NewScore} is not on a step.");
        }

        if (c.NewScore == old)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.RecheckNoChange, $"The score is already {old}; a re-check records changes only.");
        }

        var recheck = new ScoreRechecked(new Recheck(c.ExpertId, c.BidderId, c.ItemId, old.Value, c.NewScore, c.Ground, c.Reason.Trim()));
        var after = SessionEvolution.Apply(state, recheck);
        return Accept(recheck, new SummaryComputed(Summarise(after, state.Summary!.Revision + 1)));
    }

    private static Decision<SessionEvent> RecordTendererDecision(SessionState state, RecordTendererDecision c)
    {
        if ((Role(state, c, ActorRole.TendererRepresentative, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Summary)) is { } rejected)
        {
            return rejected;
        }

        var ties = RankNow(state).UnresolvedTies;
        if (ties.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.NoTie, "No tie needs the tenderer's decision.");
        }

        var order = c.Order ?? [];
        var tied = ties.SelectMany(t => t).ToHashSet();
        if (!tied.SetEquals(order) || order.Count != tied.Count)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.TieDecisionIncomplete, $"Order exactly the tied bidders, each once: {string.Join(", ", tied.Order(StringComparer.Ordinal))}.");
        }

        return Accept(new TendererDecisionRecorded(order, c.By.PersonId));
    }

    private static Decision<SessionEvent> AcceptSummary(SessionState state, AcceptSummary c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Summary) ?? Chair(state, c.By)) is { } rejected)
        {
            return rejected;
        }

        var unexplained = state.Summary!.Flags.Count(f => !state.Explanations.Any(e => e.ExpertId == f.ExpertId && e.BidderId == f.BidderId && e.ItemId == f.ItemId));
        if (unexplained > 0)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.DeviationsUnexplained, $"{unexplained} flagged score(s) still need their expert's written reason.");
        }

        var ranking = RankNow(state);
        if (ranking.HasUnresolvedTies)
        {
            return Decision<SessionEvent>.Reject(SummaryRejections.TieUnresolved, $"Bids {string.Join(" / ", ranking.UnresolvedTies.Select(t => string.Join(" = ", t)))} are tied; record the tenderer's decision.");
        }

        var accepted = new SummaryAccepted(ranking);
        return Accept(accepted, new ReportDrafted(ReportBuilder.Build(SessionEvolution.Apply(state, accepted))));
    }
}
