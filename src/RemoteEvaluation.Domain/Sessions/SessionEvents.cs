namespace RemoteEvaluation.Domain.Sessions;

/// <summary>Something that happened in an evaluation session (评标会事件).</summary>
public abstract record SessionEvent;

/// <summary>The session was scheduled (评标会已安排).</summary>
[EventType("session.scheduled")]
public sealed record SessionScheduled(
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    DateTimeOffset StartsAt) : SessionEvent;

/// <summary>A remote centre (副场) was linked into the session.</summary>
[EventType("session.remote_site_linked")]
public sealed record RemoteSiteLinked(string SiteId) : SessionEvent;
