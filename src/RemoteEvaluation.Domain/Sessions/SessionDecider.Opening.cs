using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Opening;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Opening (开评): conflict declarations (回避声明) and chair election (推选主任委员).
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> Open(SessionState state, OpenSession c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Scheduled)) is { } rejected)
        {
            return rejected;
        }

        if (state.Criteria is null)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.CriteriaMissing, "Adopt the criteria before opening.");
        }

        if (state.Bids.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.BidsMissing, "Register the opened bids before opening.");
        }

        if (state.Members.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.NotSeated, "Seat the committee before opening.");
        }

        return NotReady(state) ?? (Decision<SessionEvent>)Accept(new SessionOpened(now));
    }

    private static Rejection? NotReady(SessionState state)
    {
        if (!state.PendingReplacements.IsEmpty)
        {
            return new Rejection(CommitteeRejections.ReplacementPending, $"Waiting for replacements of {string.Join(", ", state.PendingReplacements)}.");
        }

        var waiting = state.ActiveMembers.Where(m => m.Status != MemberStatus.CheckedIn).Select(m => m.PersonId).ToList();
        return waiting.Count == 0
            ? null
            : new Rejection(CheckInRejections.MembersPending, $"{waiting.Count} member(s) have not checked in yet; check them in or mark them absent.");
    }

    private static Decision<SessionEvent> DeclareConflict(SessionState state, DeclareConflict c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Opening) ?? Member(state, c.By)) is { } rejected)
        {
            return rejected;
        }

        var member = state.Member(c.By.PersonId)!;
        if (member.DeclaredNoConflict)
        {
            return Decision<SessionEvent>.Reject(OpeningRejections.AlreadyDeclared, "You have already declared; a later conflict is raised with the host staff, who suspend the session.");
        }

        if (!c.HasConflict)
        {
            return Accept(new NoConflictDeclared(c.By.PersonId));
        }

        if (string.IsNullOrWhiteSpace(c.Detail))
        {
            return Decision<SessionEvent>.Reject(OpeningRejections.ConflictDetailRequired, "Say which bidder you are connected with and how.");
        }

        return Accept(
            new ConflictDeclared(c.By.PersonId, c.Detail.Trim(), now),
            new ReplacementRequested(c.By.PersonId, member.Member.SiteId, ReplacementReason.Conflict));
    }

    private static Decision<SessionEvent> VoteForChair(SessionState state, VoteForChair c)
    {
        if ((Role(state, c, ActorRole.Expert, ActorRole.TendererRepresentative) ?? Phase(state, c, SessionPhase.Opening) ?? Member(state, c.By)) is { } rejected)
        {
            return rejected;
        }

        if (state.ChairVotes.ContainsKey(c.By.PersonId))
        {
            return Decision<SessionEvent>.Reject(OpeningRejections.AlreadyVoted, "You have already voted for chair.");
        }

        var undeclared = state.ActiveMembers.Count(m => !m.DeclaredNoConflict);
        if (undeclared > 0 || !state.PendingReplacements.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(OpeningRejections.DeclarationsPending, "Every member must declare conflicts, and every replacement be seated, before the chair election.");
        }

        var candidate = state.Member(c.CandidateId);
        if (candidate is null || !candidate.IsActive)
        {
            return Decision<SessionEvent>.Reject(OpeningRejections.UnknownCandidate, $"{c.CandidateId} is not a member of this committee.");
        }

        if (candidate.Member.Kind == MemberKind.TendererRepresentative)
        {
            return Decision<SessionEvent>.Reject(OpeningRejections.RepresentativeCannotChair, $"{c.CandidateId} is a tenderer representative and cannot chair; vote for an expert.");
        }

        var vote = new ChairVoteCast(c.By.PersonId, c.CandidateId);
        var votes = state.ChairVotes.SetItem(c.By.PersonId, c.CandidateId);
        var active = state.ActiveMembers.Select(m => m.PersonId).ToList();
        if (!active.All(votes.ContainsKey))
        {
            return Accept(vote);
        }

        var (chair, tieBroken) = ChairElection.Winner(votes, active);
        return Accept(vote, new ChairElected(chair, tieBroken));
    }

    private static Decision<SessionEvent> StartReview(SessionState state, StartReview c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? Phase(state, c, SessionPhase.Opening)) is { } rejected)
        {
            return rejected;
        }

        return state.ChairId is null
            ? Decision<SessionEvent>.Reject(OpeningRejections.ChairNotElected, "Elect the chair before starting the review.")
            : Accept(new ReviewStarted(now));
    }
}
