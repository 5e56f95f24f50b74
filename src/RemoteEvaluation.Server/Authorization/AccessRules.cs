using System.Security.Claims;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>The access rules of <see cref="IAccessRules"/>: pure functions of the claims and the session state.</summary>
public sealed class AccessRules : IAccessRules
{
    public Actor? ActorOf(ClaimsPrincipal user, SessionState? session = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var role = RoleNames.ActorRoleOf(user.FindFirstValue(ClaimTypes.Role));
        var site = user.SiteOf() ?? string.Empty;
        if (user.IsExpert())
        {
            return role is { } member && user.FindFirstValue(ReClaims.Expert) is { } expertId ? new Actor(member, expertId, site) : null;
        }

        if (!user.IsStaff() || role is not { } staffRole || user.Identity.Name is not { } username)
        {
            return null;
        }

        // The account's role says the person may host; the session says whether their centre hosts this one.
        if (staffRole == ActorRole.HostStaff && session?.HostSiteId is { } host && host != site && session.RemoteSiteIds.Contains(site))
        {
            staffRole = ActorRole.SiteStaff;
        }

        return new Actor(staffRole, username, site);
    }

    public Rejection? MayRead(ClaimsPrincipal user, string sessionId, SessionState session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var actor = ActorOf(user, session);
        if (actor is null)
        {
            return user.Identity?.IsAuthenticated == true
                ? new Rejection(AccessRejections.WrongRole, "Administrators manage accounts and take no part in sessions.")
                : new Rejection(AccessRejections.Unauthenticated, "Sign in first.");
        }

        return actor.Role switch
        {
            ActorRole.Supervisor or ActorRole.Auditor or ActorRole.Coordinator => null,
            ActorRole.HostStaff or ActorRole.SiteStaff => StaffOfSession(actor, session),
            ActorRole.Expert or ActorRole.TendererRepresentative => BoundTo(user, sessionId),
            _ => new Rejection(AccessRejections.WrongRole, $"A {actor.Role} cannot follow sessions here."),
        };
    }

    public Rejection? MayCommand(ClaimsPrincipal user, string sessionId, SessionState session, Type commandType)
    {
        ArgumentNullException.ThrowIfNull(commandType);
        if (MayRead(user, sessionId, session) is { } cannotRead)
        {
            // Observers can read every session; everyone else who cannot read cannot command either.
            return cannotRead;
        }

        var actor = ActorOf(user, session)!;
        var allowed = SessionCommandRoles.For(commandType);
        if (actor.Role is ActorRole.Supervisor or ActorRole.Auditor && !allowed.Contains(actor.Role))
        {
            // A supervisor's warning is recorded evidence, not a change to the evaluation; everything else is.
            return new Rejection(AccessRejections.ReadOnly, "Supervisors and auditors watch and replay; they cannot change anything (a supervisor may only warn).");
        }

        if (!allowed.Contains(actor.Role))
        {
            var needs = allowed.Count == 0 ? "nobody (not a session command)" : string.Join(" or ", allowed);
            return new Rejection(AccessRejections.WrongRole, $"{commandType.Name} cannot be sent by {actor.Role} in this session; it needs {needs}.");
        }

        if (actor.Role is ActorRole.Expert or ActorRole.TendererRepresentative)
        {
            return Member(actor, session);
        }

        return null;
    }

    private static Rejection? StaffOfSession(Actor staff, SessionState session)
    {
        // Before the session exists there is nothing to belong to: host staff may schedule it at their own centre.
        if (session.Phase == SessionPhase.None || session.IsSiteOfSession(staff.SiteId))
        {
            return null;
        }

        return new Rejection(AccessRejections.NotInSession, $"Centre {staff.SiteId} takes no part in this session.");
    }

    private static Rejection? BoundTo(ClaimsPrincipal user, string sessionId) =>
        user.FindFirstValue(ReClaims.Session) == sessionId
            ? null
            : new Rejection(AccessRejections.WrongSession, "This expert token is for another session; check in again at your centre for this one.");

    private static Rejection? Member(Actor member, SessionState session)
    {
        if (session.Phase >= SessionPhase.Closed)
        {
            return new Rejection(AccessRejections.SessionClosed, "The session is over; expert access ended with it.");
        }

        return session.Member(member.PersonId) is { IsActive: true } seat && seat.Member.SiteId == member.SiteId
            ? null
            : new Rejection(AccessRejections.NotAMember, $"{member.PersonId} no longer holds a seat at centre {member.SiteId} in this session.");
    }
}
