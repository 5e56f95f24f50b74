using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Supervision;

/// <summary>A supervisor's warning (监督警示) was issued: to the whole session when <c>ToSiteId</c> is null, else to that centre.</summary>
[EventType("supervision.warning_issued")]
public sealed record WarningIssued(string SupervisorId, string? ToSiteId, string Text, DateTimeOffset At) : SessionEvent;
