using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Committee;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>
/// The checks every command goes through, in this order: role, then phase (and suspension), then membership.
/// Each returns null when the check passes, so handlers chain them with <c>??</c>.
/// </summary>
internal static class SessionGuards
{
    public static Rejection? Role(SessionState s, SessionCommand c, params ReadOnlySpan<ActorRole> roles)
    {
        var by = c.By;
        if (!roles.Contains(by.Role))
        {
            return new Rejection(SessionRejections.WrongRole, $"{Name(c)} cannot be done by {Describe(by.Role)}; it needs {string.Join(" or ", roles.ToArray().Select(Describe))}.");
        }

        // Host staff run the session from the host centre and nowhere else.
        if (by.Role == ActorRole.HostStaff && s.HostSiteId is not null && by.SiteId != s.HostSiteId)
        {
            return new Rejection(SessionRejections.WrongSite, $"Host staff act from the host centre {s.HostSiteId}, not from {by.SiteId}.");
        }

        return null;
    }

    public static Rejection? Phase(SessionState s, SessionCommand c, params ReadOnlySpan<SessionPhase> phases)
    {
        if (s.Phase == SessionPhase.None)
        {
            return new Rejection(SessionRejections.NotScheduled, $"Schedule the session before {Name(c)}.");
        }

        if (s.IsSuspended)
        {
            return new Rejection(SessionRejections.Suspended, $"The session is suspended since {s.Suspension!.Since:u} ({s.Suspension.Reason}); resume it before {Name(c)}.");
        }

        if (!phases.Contains(s.Phase))
        {
            return new Rejection(SessionRejections.WrongPhase, $"{Name(c)} is possible in the {string.Join(" or ", phases.ToArray())} phase; the session is in {s.Phase}.");
        }

        return null;
    }

    /// <summary>
    /// The session is scheduled and not yet over (closed, archived or abandoned); unlike <see cref="Phase"/> this passes
    /// while suspended, for what must go on during a fault (chat, presence).
    /// </summary>
    public static Rejection? Live(SessionState s, SessionCommand c) =>
        s.Phase == SessionPhase.None ? new Rejection(SessionRejections.NotScheduled, $"Schedule the session before {Name(c)}.") :
        s.Phase >= SessionPhase.Closed ? new Rejection(SessionRejections.WrongPhase, $"{Name(c)} is possible until the session closes; the session is {s.Phase}.") :
        null;

    /// <summary>The actor is a checked-in, still seated member, acting in the role of their seat.</summary>
    public static Rejection? Member(SessionState s, Actor by)
    {
        var member = s.Member(by.PersonId);
        var kind = by.Role == ActorRole.Expert ? MemberKind.Expert : MemberKind.TendererRepresentative;
        return member is { Status: MemberStatus.CheckedIn } && member.Member.Kind == kind
            ? null
            : new Rejection(CommitteeRejections.NotAMember, $"{by.PersonId} is not a checked-in {Describe(by.Role)} of this committee.");
    }

    public static Rejection? Chair(SessionState s, Actor by) =>
        Member(s, by) ?? (s.ChairId == by.PersonId
            ? null
            : new Rejection(CommitteeRejections.NotChair, $"Only the chair ({s.ChairId ?? "not yet elected"}) can do this for the committee."));

    public static Rejection? Required(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? new Rejection(SessionRejections.FieldRequired, $"{what} is required.") : null;

    private static string Name(SessionCommand c) => c.GetType().Name;

    private static string Describe(ActorRole role) => role switch
    {
        ActorRole.HostStaff => "host-centre staff",
        ActorRole.SiteStaff => "remote-centre staff",
        ActorRole.Expert => "an expert",
        ActorRole.TendererRepresentative => "a tenderer representative",
        ActorRole.Supervisor => "a supervisor (read-only)",
        ActorRole.Auditor => "an auditor (read-only)",
        ActorRole.Coordinator => "a province coordinator",
        ActorRole.Bidder => "a bidder",
        ActorRole.System => "the system (the draw, timers)",
        _ => role.ToString(),
    };
}
