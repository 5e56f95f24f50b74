namespace RemoteEvaluation.Server.Audit;

/// <summary>One recorded event on the replay scrubber (时间轴): when, what, who and from which centre.</summary>
public sealed record TimelineEntry(long Version, DateTimeOffset RecordedAt, string Type, string? Actor, string? Role, string? SiteId);

/// <summary>A session's timeline: every recorded event in order.</summary>
public sealed record SessionTimeline(string SessionId, long HeadVersion, IReadOnlyList<TimelineEntry> Events);
