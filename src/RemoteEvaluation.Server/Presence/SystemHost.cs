using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// The server acting for the host centre (系统代主场) when it records presence and link faults: host staff named
/// <c>system</c> at the host centre, and a command context that says so in the metadata.
/// </summary>
internal static class SystemHost
{
    public const string PersonId = "system";

    public static Actor Of(string hostSiteId) => new(ActorRole.HostStaff, PersonId, hostSiteId);

    public static CommandContext Context(string commandId, string hostSiteId, string? connectionId = null) =>
        new(commandId, PersonId, "system", hostSiteId, connectionId);
}
