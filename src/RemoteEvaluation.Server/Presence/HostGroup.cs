using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Presence;

/// <summary>The group of a session's host staff (主场工作人员), who receive presence updates and alerts.</summary>
internal static class HostGroup
{
    public static string Of(string sessionId, string hostSiteId) =>
        HubGroups.Audience(sessionId, Audience.Of(new Actor(ActorRole.HostStaff, "host", hostSiteId)));
}
