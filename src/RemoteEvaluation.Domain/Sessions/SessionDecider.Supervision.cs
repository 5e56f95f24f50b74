using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Supervision;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Supervisors' warnings (监督警示): the supervisor's only command. Allowed while suspended and until the close,
// like chat: a supervisor watches the whole live session, faults included.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> IssueWarning(SessionState state, IssueWarning c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.Supervisor) ?? Live(state, c)) is { } rejected)
        {
            return rejected;
        }

        if (c.ToSiteId is { } to && !state.IsSiteOfSession(to))
        {
            return Decision<SessionEvent>.Reject(WarningRejections.UnknownSite, $"Centre {to} takes no part in this session; warn one of its centres or the whole session.");
        }

        var text = c.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Decision<SessionEvent>.Reject(WarningRejections.EmptyText, "Write the warning before sending it.");
        }

        if (text.Length > WarningLimits.MaxLength)
        {
            return Decision<SessionEvent>.Reject(WarningRejections.TextTooLong, $"A warning holds at most {WarningLimits.MaxLength} characters; this one has {text.Length}.");
        }

        return Accept(new WarningIssued(c.By.PersonId, c.ToSiteId, text, now));
    }
}
