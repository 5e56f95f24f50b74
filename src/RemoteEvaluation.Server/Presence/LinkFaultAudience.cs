using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// Who is alerted to a centre's link fault (链路告警受众): the host's staff, who run the session, and the staff of the
/// centre concerned, who must see to its link; staff of other centres are not, as a centre's staff see alerts about
/// their own centre only. (Supervisors' warnings follow the event's visibility instead: see <see cref="SupervisionAlerts"/>.)
/// </summary>
internal static class LinkFaultAudience
{
    /// <summary>The hub groups told about <paramref name="siteId"/>'s link in a session hosted at <paramref name="hostSiteId"/>.</summary>
    public static IReadOnlyList<string> Of(string sessionId, string hostSiteId, string siteId)
    {
        var host = HostGroup.Of(sessionId, hostSiteId);
        return siteId == hostSiteId
            ? [host]
            : [host, HubGroups.Audience(sessionId, Audience.Of(new Actor(ActorRole.SiteStaff, "staff", siteId)))];
    }
}
