using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Attendance;

/// <summary>Check a member in (签到) after verifying their identity; only staff of the member's own centre may do it.</summary>
public sealed record CheckIn(Actor By, string PersonId) : SessionCommand(By);

/// <summary>Record that a member did not arrive (缺席), which requests a replacement.</summary>
public sealed record MarkAbsent(Actor By, string PersonId) : SessionCommand(By);
