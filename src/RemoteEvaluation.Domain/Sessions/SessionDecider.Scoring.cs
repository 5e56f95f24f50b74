using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Blind;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Scoring;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Detailed scoring (详细评审): objective scores, blind codes (暗标), score sheets and signing.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> OpenScoring(SessionState state, OpenScoring c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Review)) is { } rejected)
        {
            return rejected;
        }

        if (state.ReviewOutcomes is null)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.NotConcluded, "Conclude the qualification review before scoring.");
        }

        var valid = state.ValidBids;
        if (valid.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.NoValidBids, "Every bid was rejected in review; there is nothing to score (the tender fails and is re-run).");
        }

        if (ObjectiveScoring.InvalidCreditInput(state.Criteria!, valid) is { } bad)
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.CreditInputInvalid, $"The credit score input of {bad.BidderId} is missing or outside the credit item's range.");
        }

        var objective = ObjectiveScoring.Compute(state.Criteria!, valid, state.Settings.RoundingDecimals);
        var blind = state.IsBlind
            ? BlindDraw.Assign([.. state.ActiveMembers.Select(m => m.PersonId)], [.. valid.Select(b => b.BidderId)], c.Seed)
            : [];
        return Accept(new ScoringOpened(c.Seed, objective, blind));
    }

    private static Decision<SessionEvent> SubmitScoreSheet(SessionState state, SubmitScoreSheet c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Scoring) ?? Member(state, c.By) ?? OwnSheet(c.By, c.ExpertId)) is { } rejected)
        {
            return rejected;
        }

        var (bidderId, unresolved) = ResolveBid(state, c.ExpertId, c.BidKey, c.Part);
        if (unresolved is not null)
        {
            return unresolved;
        }

        var part = state.Criteria!.Part(c.Part);
        if (part is null || !part.IsScoredByMembers)
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.PartNotScored, $"The {c.Part} part has no items that members score.");
        }

        if (state.Sheet(c.ExpertId, bidderId!, c.Part) is { IsSigned: true })
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.SheetSigned, "This sheet is signed and locked; a change now goes through re-check.");
        }

        return CheckScores(state, part, c.Scores ?? []) ?? (Decision<SessionEvent>)Accept(new ScoreSheetSubmitted(c.ExpertId, bidderId!, c.Part, c.Scores ?? []));
    }

    private static Rejection? CheckScores(SessionState state, CriteriaPart part, ImmutableList<ItemScore> scores)
    {
        var items = part.Items.Where(i => !i.IsObjective).ToDictionary(i => i.Id);
        foreach (var score in scores)
        {
            if (!items.TryGetValue(score.ItemId, out var item))
            {
                return new Rejection(ScoringRejections.UnknownItem, $"'{score.ItemId}' is not a subjective item of the {part.Kind} part; objective items are computed, not scored.");
            }

            if (scores.Count(s => s.ItemId == score.ItemId) > 1)
            {
                return new Rejection(ScoringRejections.DuplicateItem, $"Item '{score.ItemId}' is scored twice; give one score per item.");
            }

            if (score.Score < 0 || score.Score > item.Maximum)
            {
                return new Rejection(ScoringRejections.OutOfRange, $"Item '{item.Id}' is scored from 0 to {item.Maximum}; {score.Score} is outside.");
            }

            if (!item.IsOnStep(score.Score))
            {
                return new Rejection(ScoringRejections.OffStep, $"Item '{item.Id}' is scored in steps of {item.Step}; {score.Score} is not on a step.");
            }

            // Only scores lose by being low; an evaluated-price adjustment is an amount, not a score.
            var low = state.Criteria!.Method == EvaluationMethod.Comprehensive && score.Score < item.Maximum * state.Settings.LowScoreReasonFraction;
            if (low && string.IsNullOrWhiteSpace(score.Reason))
            {
                return new Rejection(ScoringRejections.ReasonRequired, $"{score.Score} on '{item.Id}' is below {state.Settings.LowScoreReasonFraction:P0} of {item.Maximum}; write the reason.");
            }
        }

        var missing = items.Keys.FirstOrDefault(id => scores.All(s => s.ItemId != id));
        return missing is null ? null : new Rejection(ScoringRejections.ItemMissing, $"Item '{missing}' has no score; every item must be filled.");
    }

    private static Decision<SessionEvent> SignScoreSheet(SessionState state, SignScoreSheet c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Scoring) ?? Member(state, c.By) ?? OwnSheet(c.By, c.ExpertId)) is { } rejected)
        {
            return rejected;
        }

        var (bidderId, unresolved) = ResolveBid(state, c.ExpertId, c.BidKey, c.Part);
        if (unresolved is not null)
        {
            return unresolved;
        }

        var sheet = state.Sheet(c.ExpertId, bidderId!, c.Part);
        if (sheet is null)
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.SheetNotSubmitted, "Fill the sheet before signing it.");
        }

        if (sheet.IsSigned)
        {
            return Decision<SessionEvent>.Reject(ScoringRejections.SheetSigned, "This sheet is already signed.");
        }

        var signed = new ScoreSheetSigned(c.ExpertId, bidderId!, c.Part, now);
        var after = SessionEvolution.Apply(state, signed);
        var revealNow = state.IsBlind && !state.IdentitiesRevealed && AllSigned(after, PartKind.Technical);
        return revealNow ? Accept(signed, new IdentitiesRevealed(state.BlindAssignments)) : Accept(signed);
    }

    /// <summary>Every active member has signed a sheet of this part for every valid bid (a part without member-scored items counts as signed).</summary>
    internal static bool AllSigned(SessionState state, PartKind part) =>
        state.Criteria?.Part(part) is not { IsScoredByMembers: true }
        || state.ActiveMembers.All(m => state.ValidBids.All(b => state.Sheet(m.PersonId, b.BidderId, part) is { IsSigned: true }));

    private static Rejection? OwnSheet(Actor by, string expertId) =>
        by.PersonId == expertId ? null : new Rejection(ScoringRejections.NotOwnSheet, "You can only fill, sign or explain your own sheets.");

    /// <summary>Which bidder a member means: their own code for a blind technical sheet, otherwise the bidder id.</summary>
    private static (string? BidderId, Rejection? Rejection) ResolveBid(SessionState state, string expertId, string bidKey, PartKind part)
    {
        var blindPart = state.IsBlind && !state.IdentitiesRevealed;
        if (blindPart && part == PartKind.Technical)
        {
            var bidder = state.BlindAssignmentOf(expertId)?.BidderOf(bidKey);
            return bidder is null
                ? (null, new Rejection(ScoringRejections.UnknownBid, $"'{bidKey}' is not one of your bid codes."))
                : (bidder, null);
        }

        if (blindPart)
        {
            return (null, new Rejection(ScoringRejections.IdentitiesNotRevealed, "In a blind evaluation the other parts are scored after every technical sheet is signed and identities are revealed."));
        }

        if (state.Bid(bidKey) is null)
        {
            return (null, new Rejection(ScoringRejections.UnknownBid, $"{bidKey} has no bid in this session."));
        }

        return state.ValidBids.Any(b => b.BidderId == bidKey)
            ? (bidKey, null)
            : (null, new Rejection(ScoringRejections.BidRejected, $"The bid of {bidKey} was rejected in review and is not scored."));
    }
}
