namespace RemoteEvaluation.Domain.Sessions;

/// <summary>A command to an evaluation session (评标会).</summary>
public abstract record SessionCommand;

/// <summary>Schedule the session (安排评标): the project, the host centre (主场) and the start time.</summary>
public sealed record ScheduleSession(
    string ProjectCode,
    string ProjectName,
    string HostSiteId,
    DateTimeOffset StartsAt) : SessionCommand;

/// <summary>Link a remote centre (副场) into the session.</summary>
public sealed record LinkRemoteSite(string SiteId) : SessionCommand;
