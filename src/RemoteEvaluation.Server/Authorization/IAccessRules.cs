using System.Security.Claims;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>
/// The one place that answers "may this principal read / command this session?" (访问规则) from its claims and the
/// session's state. Hubs and endpoints call it before anything joins a group or reaches a grain; each answer is null
/// (allowed) or a <see cref="Rejection"/> with an <see cref="AccessRejections"/> code. Supervisors and auditors never
/// command anything, except a supervisor's warning (监督警示).
/// </summary>
public interface IAccessRules
{
    /// <summary>
    /// The domain actor the principal acts as in <paramref name="session"/>: staff act from their centre (a host-staff
    /// account at a centre that is remote in this session acts as site staff there); an expert token acts as its bound
    /// member. Null for an anonymous principal or an administrator, who act in no session.
    /// </summary>
    Actor? ActorOf(ClaimsPrincipal user, SessionState? session = null);

    /// <summary>May the principal see <paramref name="session"/> at all (what it sees is <c>EventVisibility</c>'s job).</summary>
    Rejection? MayRead(ClaimsPrincipal user, string sessionId, SessionState session);

    /// <summary>May the principal send a command of <paramref name="commandType"/> to <paramref name="session"/>.</summary>
    Rejection? MayCommand(ClaimsPrincipal user, string sessionId, SessionState session, Type commandType);
}
