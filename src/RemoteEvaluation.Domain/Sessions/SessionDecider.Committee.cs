using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Attendance;
using RemoteEvaluation.Domain.Committee;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// The committee roster, check-in (签到), absence (缺席) and replacements (补抽).
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> SeatCommittee(SessionState state, SeatCommittee c)
    {
        // Only the draw seats the committee: whoever typed the names in would know the experts (四不知).
        if ((Role(state, c, ActorRole.System) ?? Phase(state, c, SessionPhase.Scheduled)) is { } rejected)
        {
            return rejected;
        }

        if (!state.Members.IsEmpty)
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.AlreadySeated, "The committee is already seated; replace a member through a replacement draw instead.");
        }

        var members = c.Members ?? [];
        if (members.Any(m => m is null || string.IsNullOrWhiteSpace(m.PersonId)) || members.Select(m => m.PersonId).Distinct().Count() != members.Count)
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.DuplicateMember, "Every member needs a person id, and nobody may hold two seats.");
        }

        if (members.FirstOrDefault(m => !state.IsSiteOfSession(m.SiteId)) is { } away)
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.UnknownSite, $"{away.PersonId} is placed at centre {away.SiteId}, which is neither the host nor a linked remote centre; link it first.");
        }

        return CommitteeRules.Check(members, state.Settings, state.EstimatedValue) is { } broken ? broken : Accept(new CommitteeSeated([.. members]));
    }

    private static Decision<SessionEvent> SeatReplacement(SessionState state, SeatReplacement c)
    {
        if ((Role(state, c, ActorRole.System) ?? Phase(state, c, SessionPhase.Scheduled, SessionPhase.Opening)) is { } rejected)
        {
            return rejected;
        }

        if (c.Replacement is null)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "Name the replacement: person, kind, centre and pool.");
        }

        var replaced = state.Member(c.ReplacesPersonId);
        if (replaced is null || !state.PendingReplacements.Contains(c.ReplacesPersonId))
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.ReplacementNotRequested, $"No replacement was requested for {c.ReplacesPersonId}; only an absent or conflicted member is replaced.");
        }

        if (c.Replacement.Kind != replaced.Member.Kind)
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.ReplacementKindMismatch, $"{c.ReplacesPersonId} is a {replaced.Member.Kind}; the replacement must be one too, so the committee keeps its composition.");
        }

        if (string.IsNullOrWhiteSpace(c.Replacement.PersonId) || state.Member(c.Replacement.PersonId) is not null)
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.DuplicateMember, $"{c.Replacement.PersonId} already has (or had) a seat in this session; draw someone else.");
        }

        if (!state.IsSiteOfSession(c.Replacement.SiteId))
        {
            return Decision<SessionEvent>.Reject(CommitteeRejections.UnknownSite, $"Centre {c.Replacement.SiteId} is not part of this session; link it first.");
        }

        return Accept(new ReplacementSeated(c.ReplacesPersonId, c.Replacement));
    }

    private static Decision<SessionEvent> CheckIn(SessionState state, CheckIn c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff, ActorRole.SiteStaff) ?? Phase(state, c, SessionPhase.Scheduled, SessionPhase.Opening) ?? SeatOf(state, c.By, c.PersonId)) is { } rejected)
        {
            return rejected;
        }

        var member = state.Member(c.PersonId)!;
        if (member.Status == MemberStatus.CheckedIn)
        {
            return Decision<SessionEvent>.Reject(CheckInRejections.AlreadyCheckedIn, $"{c.PersonId} is already checked in.");
        }

        return Accept(new MemberCheckedIn(c.PersonId, member.Member.SiteId, c.By.PersonId, now, Late: now > state.StartsAt));
    }

    private static Decision<SessionEvent> MarkAbsent(SessionState state, MarkAbsent c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff, ActorRole.SiteStaff) ?? Phase(state, c, SessionPhase.Scheduled, SessionPhase.Opening) ?? SeatOf(state, c.By, c.PersonId)) is { } rejected)
        {
            return rejected;
        }

        var member = state.Member(c.PersonId)!;
        if (member.Status == MemberStatus.CheckedIn)
        {
            return Decision<SessionEvent>.Reject(CheckInRejections.AlreadyCheckedIn, $"{c.PersonId} has checked in and cannot be marked absent.");
        }

        if (now < state.StartsAt)
        {
            return Decision<SessionEvent>.Reject(CheckInRejections.NotYetStarted, $"The session starts at {state.StartsAt:u}; nobody is absent before then.");
        }

        return Accept(
            new MemberAbsent(c.PersonId, member.Member.SiteId, now),
            new ReplacementRequested(c.PersonId, member.Member.SiteId, ReplacementReason.Absent));
    }

    /// <summary>The member exists, still holds the seat, and the acting staff work at the centre where the member sits.</summary>
    private static Rejection? SeatOf(SessionState state, Actor by, string personId)
    {
        if (state.Members.IsEmpty)
        {
            return new Rejection(CommitteeRejections.NotSeated, "The committee is not seated yet.");
        }

        var member = state.Member(personId);
        if (member is null)
        {
            return new Rejection(CheckInRejections.UnknownMember, $"{personId} has no seat on this committee.");
        }

        if (member.Status is MemberStatus.Absent or MemberStatus.Withdrawn)
        {
            return new Rejection(CheckInRejections.MemberReplaced, $"{personId} was recorded {member.Status} and is being replaced.");
        }

        return member.Member.SiteId == by.SiteId
            ? null
            : new Rejection(CheckInRejections.WrongSite, $"{personId} sits at centre {member.Member.SiteId}; only that centre's staff can verify them, not staff of {by.SiteId}.");
    }
}
