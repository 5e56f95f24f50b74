using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// Who is alerted to a centre's link fault (链路告警受众): the host's staff, who run the session, the staff of the
/// centre concerned, who must see to its link, and the observers watching the session live (supervisors, who watch for
/// exactly this, and province coordinators, who link the centres; auditors share their audience and see every event
/// anyway). Staff of other centres are not, as a centre's staff see alerts about their own centre only, and members
/// never are. (Supervisors' warnings follow the event's visibility instead: see <see cref="SupervisionAlerts"/>.)
/// </summary>
internal static class LinkFaultAudience
{
    /// <summary>The hub groups told about <paramref name="siteId"/>'s link in a session hosted at <paramref name="hostSiteId"/>.</summary>
    public static IReadOnlyList<string> Of(string sessionId, string hostSiteId, string siteId)
    {
        var host = HostGroup.Of(sessionId, hostSiteId);
        var observers = HubGroups.Audience(sessionId, Audience.Of(new Actor(ActorRole.Supervisor, "observers", string.Empty)));
        return siteId == hostSiteId
            ? [host, observers]
            : [host, observers, HubGroups.Audience(sessionId, Audience.Of(new Actor(ActorRole.SiteStaff, "staff", siteId)))];
    }
}
