using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Supervision;

namespace RemoteEvaluation.Server.Hubs;

// Supervision (行政监督): a supervisor joins like any observer and reads everything; this is the one command they send.
public sealed partial class EvaluationHub
{
    /// <summary>
    /// Issues a supervisor's warning (监督警示) to one centre of the session (<paramref name="toSiteId"/>) or to the whole
    /// session (null). Only supervisors; it is recorded, then pushed from the feed as an event and as an <c>Alert</c>
    /// (<see cref="SupervisionAlerts.WarningCode"/>) to the host and to the centre it names, or to everyone.
    /// </summary>
    public Task<CommandAck> IssueWarning(string sessionId, string commandId, string? toSiteId, string text) =>
        ExecuteAsync(sessionId, commandId, by => new IssueWarning(by, toSiteId, text));
}
