using RemoteEvaluation.Domain.Actors;
using static RemoteEvaluation.Domain.Sessions.SessionGuards;

namespace RemoteEvaluation.Domain.Sessions;

// Link faults: suspend (暂停), resume (恢复) within the limit, or abandon (终止) once it has passed.
// The process manager (Actor.System) sends AbandonSession when the deadline passes; host staff may too.
// The service also suspends by itself when a centre goes silent and Presence:AutoSuspend is on.
// The rule itself only compares times, so whoever is first records it and the other is told it is not suspended.
public sealed partial class SessionDecider
{
    private static Decision<SessionEvent> Suspend(SessionState state, SuspendSession c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff, ActorRole.System) ?? Phase(state, c, SessionPhase.Scheduled, SessionPhase.Opening, SessionPhase.Review, SessionPhase.Scoring, SessionPhase.Summary, SessionPhase.Report)) is { Code: not SessionRejections.Suspended } rejected)
        {
            return rejected;
        }

        if (state.IsSuspended)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.AlreadySuspended, $"The session is already suspended since {state.Suspension!.Since:u}.");
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Decision<SessionEvent>.Reject(SessionRejections.ReasonRequired, "Say what failed; it is part of the record.");
        }

        // Before the start a fault may delay the start by the limit; during the session it may last the limit.
        var beforeStart = state.OpenedAt is null;
        var deadline = beforeStart ? state.StartsAt!.Value + state.Settings.MaxDelayBeforeStart : now + state.Settings.MaxInterruptionDuringSession;
        return Accept(new SessionSuspended(c.Reason.Trim(), now, beforeStart, deadline));
    }

    private static Decision<SessionEvent> Resume(SessionState state, ResumeSession c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff) ?? NotSuspended(state)) is { } rejected)
        {
            return rejected;
        }

        return now > state.Suspension!.Deadline
            ? Decision<SessionEvent>.Reject(SessionRejections.SuspensionLimitExceeded, $"The limit passed at {state.Suspension.Deadline:u}; the session must be abandoned and re-run with a new committee.")
            : Accept(new SessionResumed(now));
    }

    private static Decision<SessionEvent> Abandon(SessionState state, AbandonSession c, DateTimeOffset now)
    {
        if ((Role(state, c, ActorRole.HostStaff, ActorRole.System) ?? NotSuspended(state)) is { } rejected)
        {
            return rejected;
        }

        if (now <= state.Suspension!.Deadline)
        {
            return Decision<SessionEvent>.Reject(SessionRejections.SuspensionWithinLimit, $"The session may still resume until {state.Suspension.Deadline:u}.");
        }

        return string.IsNullOrWhiteSpace(c.Reason)
            ? Decision<SessionEvent>.Reject(SessionRejections.ReasonRequired, "Say why the session is abandoned; it is part of the record.")
            : Accept(new SessionAbandoned(c.Reason.Trim(), now));
    }

    private static Rejection? NotSuspended(SessionState state) =>
        state.Phase == SessionPhase.None ? new Rejection(SessionRejections.NotScheduled, "The session is not scheduled.") :
        state.IsSuspended ? null :
        new Rejection(SessionRejections.NotSuspended, "The session is not suspended.");
}
