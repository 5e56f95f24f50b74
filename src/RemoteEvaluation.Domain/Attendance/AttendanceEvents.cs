using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Attendance;

/// <summary>A member's identity was verified at their centre (专家签到); late when after the start time.</summary>
[EventType("attendance.checked_in")]
public sealed record MemberCheckedIn(string PersonId, string SiteId, string VerifiedBy, DateTimeOffset At, bool Late) : SessionEvent;

/// <summary>A member did not arrive (专家缺席).</summary>
[EventType("attendance.absent")]
public sealed record MemberAbsent(string PersonId, string SiteId, DateTimeOffset At) : SessionEvent;
