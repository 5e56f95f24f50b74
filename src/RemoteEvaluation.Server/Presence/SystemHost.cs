using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Server.Presence;

/// <summary>
/// The service recording presence and link faults (系统记录): the domain's <see cref="Actor.System"/>, with metadata
/// that says which centre's session it acted in and, for a connection, which one.
/// </summary>
internal static class SystemHost
{
    public static Actor Actor => Domain.Actors.Actor.System;

    public static CommandContext Context(string commandId, string hostSiteId, string? connectionId = null) =>
        CommandContext.System(commandId) with { SiteId = hostSiteId, ConnectionId = connectionId };
}
