namespace RemoteEvaluation.Contracts;

/// <summary>
/// An alert (告警) pushed to the host: a stable dotted code (for example <c>site.silent</c>), a message
/// a person can act on, the site concerned when there is one, and when it was raised.
/// </summary>
public sealed record AlertNotice(string Code, string Message, string SessionId, string? SiteId, DateTimeOffset RaisedAt);
