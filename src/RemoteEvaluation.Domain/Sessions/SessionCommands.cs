using System.Collections.Immutable;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Settings;

namespace RemoteEvaluation.Domain.Sessions;

/// <summary>A command to an evaluation session (评标会), always saying who acts.</summary>
public abstract record SessionCommand(Actor By);

/// <summary>
/// Schedule the session (安排评标): the project, the host centre (主场), the start time, the estimated value
/// (which decides the committee minimum) and the settings, fixed from here on.
/// </summary>
public sealed record ScheduleSession(
    Actor By,
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    DateTimeOffset StartsAt,
    decimal EstimatedValue = 0m,
    EvaluationSettings? Settings = null) : SessionCommand(By);

/// <summary>Link a remote centre (副场) into the session.</summary>
public sealed record LinkRemoteSite(Actor By, string SiteId) : SessionCommand(By);

/// <summary>Adopt the criteria template (评标办法) of the tender.</summary>
public sealed record AdoptCriteria(Actor By, CriteriaTemplate Criteria) : SessionCommand(By);

/// <summary>Register the bids as opened (开标记录): bidder, price, credit input.</summary>
public sealed record RegisterBids(Actor By, ImmutableList<Bid> Bids) : SessionCommand(By);

/// <summary>Open the evaluation (开始评标) once every member has checked in.</summary>
public sealed record OpenSession(Actor By) : SessionCommand(By);

/// <summary>Suspend the session for a link fault (暂停).</summary>
public sealed record SuspendSession(Actor By, string Reason) : SessionCommand(By);

/// <summary>Resume a suspended session (恢复), within the limit.</summary>
public sealed record ResumeSession(Actor By) : SessionCommand(By);

/// <summary>Abandon a session whose fault outlasted the limit (终止); it is re-run with a new committee.</summary>
public sealed record AbandonSession(Actor By, string Reason) : SessionCommand(By);

/// <summary>Close the session (评标结束) once every member has signed the report.</summary>
public sealed record CloseSession(Actor By) : SessionCommand(By);

/// <summary>Archive the session (归档), sealing it with the final hash of its event chain (computed by storage, passed in).</summary>
public sealed record ArchiveSession(Actor By, string FinalChainHash) : SessionCommand(By);
