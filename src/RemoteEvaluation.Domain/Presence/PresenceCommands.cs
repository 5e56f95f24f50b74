using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Presence;

/// <summary>
/// The server, acting for the host centre (<paramref name="By"/>), records that <paramref name="Participant"/> connected to
/// the session (上线) on one connection. Never sent by a client; a connection already recorded records nothing. The
/// participant may be anyone who may follow the session, supervisors included: this records a fact, it commands nothing.
/// </summary>
public sealed record RecordConnected(Actor By, Actor Participant, string ConnectionId) : SessionCommand(By);

/// <summary>The server, acting for the host centre, records that a connection ended (下线); an unknown connection records nothing.</summary>
public sealed record RecordDisconnected(Actor By, string ConnectionId) : SessionCommand(By);

/// <summary>
/// The server, acting for the host centre, records that a centre stopped answering heartbeats (会场失联) after it was
/// last heard at <paramref name="LastHeardAt"/>. A centre already recorded as silent records nothing.
/// </summary>
public sealed record RecordSiteSilent(Actor By, string SiteId, DateTimeOffset LastHeardAt) : SessionCommand(By);

/// <summary>The server, acting for the host centre, records that a silent centre answers again (恢复联络); otherwise nothing.</summary>
public sealed record RecordSiteBack(Actor By, string SiteId) : SessionCommand(By);
