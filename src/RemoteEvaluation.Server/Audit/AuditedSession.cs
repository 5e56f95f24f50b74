using System.Collections.Immutable;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// One session as the audit search knows it (审计检索条目): project, centres, start, who sat on the committee, how far
/// it got, and the version folded. Built from a handful of session events; <see cref="Apply"/> says which.
/// </summary>
public sealed record AuditedSession(
    string SessionId,
    long Version,
    string? ProjectCode,
    string? ProjectName,
    string? HostSiteId,
    ImmutableList<string> RemoteSiteIds,
    DateTimeOffset? StartsAt,
    ImmutableList<string> MemberIds,
    string Status)
{
    /// <summary>The stored event types the search folds; every other event only moves the version.</summary>
    public static readonly IReadOnlySet<string> Folded = new HashSet<string>(
        new[] { typeof(SessionScheduled), typeof(RemoteSiteLinked), typeof(CommitteeSeated), typeof(ReplacementSeated), typeof(SessionOpened), typeof(SessionClosed), typeof(SessionArchived), typeof(SessionAbandoned) }
            .Select(t => ((Domain.EventTypeAttribute)Attribute.GetCustomAttribute(t, typeof(Domain.EventTypeAttribute))!).Name),
        StringComparer.Ordinal);

    public static AuditedSession New(string sessionId) => new(sessionId, 0, null, null, null, [], null, [], "none");

    public AuditedSession Apply(long version, SessionEvent? e) => e switch
    {
        SessionScheduled x => this with { Version = version, ProjectCode = x.ProjectCode, ProjectName = x.ProjectName, HostSiteId = x.HostSiteId, StartsAt = x.StartsAt, Status = "scheduled" },
        RemoteSiteLinked x => this with { Version = version, RemoteSiteIds = RemoteSiteIds.Add(x.SiteId) },
        CommitteeSeated x => this with { Version = version, MemberIds = [.. x.Members.Select(m => m.PersonId)] },
        ReplacementSeated x => this with { Version = version, MemberIds = MemberIds.Add(x.Member.PersonId) },
        SessionOpened => this with { Version = version, Status = "opened" },
        SessionClosed => this with { Version = version, Status = "closed" },
        SessionArchived => this with { Version = version, Status = "archived" },
        SessionAbandoned => this with { Version = version, Status = "abandoned" },
        _ => this with { Version = version },
    };

    /// <summary>Whether the session ran at <paramref name="siteId"/>, as host or remote centre.</summary>
    public bool RanAt(string siteId) => HostSiteId == siteId || RemoteSiteIds.Contains(siteId);
}
