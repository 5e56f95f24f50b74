namespace RemoteEvaluation.Domain.Sessions;

/// <summary>The rules of an evaluation session (评标会规则): <c>Decide</c> and <c>Evolve</c>.</summary>
public sealed class SessionDecider : IDecider<SessionState, SessionCommand, SessionEvent>
{
    public static SessionState Initial => SessionState.Empty;

    public static Decision<SessionEvent> Decide(SessionState state, SessionCommand command, DateTimeOffset now) =>
        command switch
        {
            ScheduleSession c => Schedule(state, c, now),
            LinkRemoteSite c => LinkRemoteSite(state, c),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown session command."),
        };

    public static SessionState Evolve(SessionState state, SessionEvent recorded) =>
        recorded switch
        {
            SessionScheduled e => state with
            {
                Phase = SessionPhase.Scheduled,
                ProjectCode = e.ProjectCode,
                ProjectName = e.ProjectName,
                HostSiteId = e.HostSiteId,
                StartsAt = e.StartsAt,
            },
            RemoteSiteLinked e => state with { RemoteSiteIds = state.RemoteSiteIds.Add(e.SiteId) },
            _ => state,
        };

    private static Decision<SessionEvent> Schedule(SessionState state, ScheduleSession c, DateTimeOffset now)
    {
        if (state.Phase != SessionPhase.None)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.AlreadyScheduled, "This session is already scheduled.");
        }

        if (string.IsNullOrWhiteSpace(c.ProjectCode) || string.IsNullOrWhiteSpace(c.ProjectName) || string.IsNullOrWhiteSpace(c.HostSiteId))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "Project code, project name and host centre are required.");
        }

        if (c.StartsAt <= now)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.StartInPast, $"The start time {c.StartsAt:u} has already passed.");
        }

        return Decision<SessionEvent>.Accept(new SessionScheduled(c.ProjectCode.Trim(), c.ProjectName.Trim(), c.HostSiteId, c.StartsAt));
    }

    private static Decision<SessionEvent> LinkRemoteSite(SessionState state, LinkRemoteSite c)
    {
        if (state.Phase == SessionPhase.None)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.NotScheduled, "Schedule the session before linking remote centres.");
        }

        if (string.IsNullOrWhiteSpace(c.SiteId))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.FieldRequired, "A remote centre id is required.");
        }

        if (c.SiteId == state.HostSiteId)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.SiteIsHost, $"Centre {c.SiteId} is the host of this session and cannot also be remote.");
        }

        if (state.RemoteSiteIds.Contains(c.SiteId))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.SiteAlreadyLinked, $"Centre {c.SiteId} is already linked to this session.");
        }

        return Decision<SessionEvent>.Accept(new RemoteSiteLinked(c.SiteId));
    }
}
