using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Presence;

/// <summary>A person connected to the session (上线) from a centre, on one connection.</summary>
[EventType("presence.connected")]
public sealed record ParticipantConnected(string ConnectionId, string PersonId, ActorRole Role, string SiteId, DateTimeOffset At) : SessionEvent;

/// <summary>A person's connection to the session ended (下线).</summary>
[EventType("presence.disconnected")]
public sealed record ParticipantDisconnected(string ConnectionId, string PersonId, ActorRole Role, string SiteId, DateTimeOffset At) : SessionEvent;

/// <summary>A centre stopped answering heartbeats (会场失联), with how many checked-in members sit there.</summary>
[EventType("presence.site_silent")]
public sealed record SiteWentSilent(string SiteId, DateTimeOffset LastHeardAt, int CheckedInMembers, DateTimeOffset At) : SessionEvent;

/// <summary>A silent centre answers again (恢复联络).</summary>
[EventType("presence.site_back")]
public sealed record SiteCameBack(string SiteId, DateTimeOffset SilentSince, DateTimeOffset At) : SessionEvent;
