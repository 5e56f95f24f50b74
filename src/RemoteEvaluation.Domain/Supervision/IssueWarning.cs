using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Supervision;

/// <summary>
/// A supervisor's warning (监督警示): a written admonition from the administrative supervisor (行政监督) to one centre
/// of the session (<paramref name="ToSiteId"/>, the host or a remote centre) or to the whole session (null). The only
/// command a supervisor may send; it changes nothing in the evaluation, it is recorded as evidence and shown at once.
/// </summary>
public sealed record IssueWarning(Actor By, string? ToSiteId, string Text) : SessionCommand(By);
