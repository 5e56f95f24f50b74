using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Clarifications;
using RemoteEvaluation.Domain.Review;
using RemoteEvaluation.Domain.Settings;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Pre-check (清标), qualification and compliance review (资格审查、符合性审查), clarifications (澄清).
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> PublishPreCheck(SessionState state, PublishPreCheck c)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Opening, SessionPhase.Review)) is { } rejected)
        {
            return rejected;
        }

        var findings = c.Findings ?? [];
        if (findings.IsEmpty || findings.Any(f => string.IsNullOrWhiteSpace(f.Finding)))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "Publish at least one finding, each with its text.");
        }

        return findings.FirstOrDefault(f => state.Bid(f.BidderId) is null) is { } unknown
            ? Decision<SessionEvent>.Reject(ReviewRejections.UnknownBid, $"{unknown.BidderId} has no bid in this session.")
            : Accept(new PreCheckPublished(findings));
    }

    private static Decision<SessionEvent> SubmitReviewVerdicts(SessionState state, SubmitReviewVerdicts c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Review) ?? Member(state, c.By) ?? NotConcluded(state)) is { } rejected)
        {
            return rejected;
        }

        if (state.Bid(c.BidderId) is null)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.UnknownBid, $"{c.BidderId} has no bid in this session.");
        }

        var items = state.Criteria!.QualificationItems.Select(q => q.Id).ToHashSet();
        var verdicts = c.Verdicts ?? [];
        if (verdicts.FirstOrDefault(v => !items.Contains(v.ItemId)) is { } unknown)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.UnknownItem, $"'{unknown.ItemId}' is not a review item of these criteria.");
        }

        if (verdicts.Count != items.Count || verdicts.Select(v => v.ItemId).Distinct().Count() != items.Count)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.ItemsIncomplete, $"Give exactly one verdict on each of the {items.Count} review items.");
        }

        if (verdicts.FirstOrDefault(v => !v.Pass && string.IsNullOrWhiteSpace(v.Reason)) is { } bare)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.FailReasonRequired, $"Write why {c.BidderId} fails item '{bare.ItemId}'.");
        }

        return Accept(new ReviewVerdictsSubmitted(c.By.PersonId, c.BidderId, verdicts));
    }

    private static Decision<SessionEvent> ConcludeReview(SessionState state, ConcludeReview c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Review) ?? Chair(state, c.By) ?? NotConcluded(state)) is { } rejected)
        {
            return rejected;
        }

        var members = state.ActiveMembers.Select(m => m.PersonId).ToHashSet();
        var submissions = state.ReviewSubmissions.Where(s => members.Contains(s.MemberId)).ToList();
        var missing = members.Count * state.Bids.Count - submissions.Count;
        if (missing > 0)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.VerdictsMissing, $"{missing} member-by-bid review sheet(s) are still missing.");
        }

        if (state.Settings.ReviewOutcome == ReviewOutcomeRule.Unanimous && ReviewOutcomes.Disagreements(submissions).FirstOrDefault() is { BidderId: not null } split)
        {
            return Decision<SessionEvent>.Reject(ReviewRejections.NotUnanimous, $"Members disagree on item '{split.ItemId}' of {split.BidderId}; discuss and resubmit until the verdicts agree.");
        }

        var itemIds = state.Criteria!.QualificationItems.Select(q => q.Id).ToList();
        var outcomes = state.Bids
            .OrderBy(b => b.BidderId, StringComparer.Ordinal)
            .Select(b => ReviewOutcomes.For(b.BidderId, itemIds, submissions, state.Settings.ReviewOutcome))
            .ToList();
        return Accept(new ReviewConcluded([.. outcomes]));
    }

    private static Rejection? NotConcluded(SessionState state) =>
        state.ReviewOutcomes is null ? null : new Rejection(ReviewRejections.AlreadyConcluded, "The review is concluded; its outcome can no longer change.");

    private static Decision<SessionEvent> RequestClarification(SessionState state, RequestClarification c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Review, SessionPhase.Scoring) ?? Chair(state, c.By)) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(c.ClarificationId) || string.IsNullOrWhiteSpace(c.Question))
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.TextRequired, "A clarification needs an id and the written question.");
        }

        if (state.Clarifications.Any(x => x.ClarificationId == c.ClarificationId))
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.DuplicateId, $"Clarification {c.ClarificationId} already exists; use a new id.");
        }

        return state.Bid(c.BidderId) is null
            ? Decision<SessionEvent>.Reject(ClarificationRejections.UnknownBid, $"{c.BidderId} has no bid in this session.")
            : Accept(new ClarificationRequested(c.ClarificationId, c.BidderId, c.Question.Trim(), now));
    }

    private static Decision<SessionEvent> AnswerClarification(SessionState state, AnswerClarification c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.Bidder) ?? Phase(state, c, SessionPhase.Review, SessionPhase.Scoring, SessionPhase.Summary)) is { } rejected)
        {
            return rejected;
        }

        var request = state.Clarifications.FirstOrDefault(x => x.ClarificationId == c.ClarificationId);
        if (request is null)
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.Unknown, $"There is no clarification {c.ClarificationId}.");
        }

        if (request.BidderId != c.By.PersonId)
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.NotAddressedToYou, $"Clarification {c.ClarificationId} is addressed to another bidder.");
        }

        if (request.IsAnswered)
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.AlreadyAnswered, $"Clarification {c.ClarificationId} is already answered; answers cannot be changed.");
        }

        if (string.IsNullOrWhiteSpace(c.Answer))
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.TextRequired, "Write the answer.");
        }

        if (c.AttachmentSha256 is not null && !Sha256Text.IsValid(c.AttachmentSha256))
        {
            return Decision<SessionEvent>.Reject(ClarificationRejections.InvalidAttachmentHash, "The attachment hash must be a SHA-256 digest: 64 hexadecimal characters.");
        }

        return Accept(new ClarificationAnswered(c.ClarificationId, request.BidderId, c.Answer.Trim(), c.AttachmentSha256?.ToLowerInvariant(), now));
    }
}
