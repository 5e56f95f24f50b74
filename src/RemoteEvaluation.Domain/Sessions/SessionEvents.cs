using System.Collections.Immutable;
using RemoteEvaluation.Domain.Reports;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>Something that happened in an evaluation session (评标会事件).</summary>
public abstract record SessionEvent;

/// <summary>The session was scheduled (评标会已安排), with its settings fixed for every later decision.</summary>
[EventType("session.scheduled")]
public sealed record SessionScheduled(
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    DateTimeOffset StartsAt,
    decimal EstimatedValue = 0m,
    EvaluationSettings? Settings = null) : SessionEvent;

/// <summary>A remote centre (副场) was linked into the session.</summary>
[EventType("session.remote_site_linked")]
public sealed record RemoteSiteLinked(string SiteId) : SessionEvent;

/// <summary>The criteria template (评标办法) was adopted.</summary>
[EventType("session.criteria_adopted")]
public sealed record CriteriaAdopted(CriteriaTemplate Criteria) : SessionEvent;

/// <summary>The bids were registered as opened (开标记录).</summary>
[EventType("session.bids_registered")]
public sealed record BidsRegistered(ImmutableList<Bid> Bids) : SessionEvent;

/// <summary>The evaluation opened (开始评标).</summary>
[EventType("session.opened")]
public sealed record SessionOpened(DateTimeOffset At) : SessionEvent;

/// <summary>The session was suspended for a fault (暂停) and must resume by <see cref="Deadline"/>.</summary>
[EventType("session.suspended")]
public sealed record SessionSuspended(string Reason, DateTimeOffset At, bool BeforeStart, DateTimeOffset Deadline) : SessionEvent;

/// <summary>The session resumed (恢复).</summary>
[EventType("session.resumed")]
public sealed record SessionResumed(DateTimeOffset At) : SessionEvent;

/// <summary>The session was abandoned (终止) after a fault outlasted its limit.</summary>
[EventType("session.abandoned")]
public sealed record SessionAbandoned(string Reason, DateTimeOffset At) : SessionEvent;

/// <summary>The session closed (评标结束) with the signed report.</summary>
[EventType("session.closed")]
public sealed record SessionClosed(EvaluationReport Report, DateTimeOffset At) : SessionEvent;

/// <summary>The archive marker (归档): the final hash of the session's event chain.</summary>
[EventType("session.archived")]
public sealed record SessionArchived(string FinalChainHash, DateTimeOffset At) : SessionEvent;
