using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// People who see a session's events alike (受众): <see cref="Key"/> names their group, <see cref="Viewer"/> is the actor
/// <c>EventVisibility.For</c> is asked about. The rules look at the role and centre of staff and at the person of
/// members and bidders; observers see everything, so one group serves them all.
/// </summary>
public sealed record Audience(string Key, Actor Viewer)
{
    public static Audience Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            ActorRole.Supervisor or ActorRole.Auditor or ActorRole.Coordinator =>
                new("observers", new Actor(ActorRole.Supervisor, "observers", string.Empty)),
            ActorRole.HostStaff or ActorRole.SiteStaff =>
                new($"staff:{RoleNames.Of(actor.Role)}:{actor.SiteId}", actor with { PersonId = "staff" }),
            ActorRole.Expert or ActorRole.TendererRepresentative => new($"member:{actor.PersonId}", actor),
            _ => new($"{RoleNames.Of(actor.Role)}:{actor.PersonId}", actor),
        };
    }
}
