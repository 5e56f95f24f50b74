using RemoteEvaluation.Domain.Actors;

namespace RemoteEvaluation.Domain.Presence;

/// <summary>Who holds one open connection (在线人员): person, role, centre, and since when.</summary>
public sealed record Attendee(string PersonId, ActorRole Role, string SiteId, DateTimeOffset Since);
