using RemoteEvaluation.Domain;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Reminders;

/// <summary>
/// Something the service owes a stream at a time (提醒): abandon a session, expire invitations, forward a fee.
/// <see cref="Id"/> is stable for the same duty, so a duty recomputed from the log is recognised as the same one;
/// <see cref="FireAsync"/> sends its command with a command id derived from the same facts on every node.
/// </summary>
public sealed record Reminder(string Id, DateTimeOffset DueAt, Func<IGrainFactory, Task<ReminderOutcome>> FireAsync);

/// <summary>What became of a reminder that fired.</summary>
public abstract record ReminderOutcome
{
    /// <summary>Done: recorded now, recorded before (a repeated command id), or no longer needed.</summary>
    public static readonly ReminderOutcome Done = new Finished();

    /// <summary>Not now (another writer kept winning, or the deadline has not quite passed on this clock): try again later.</summary>
    public static ReminderOutcome RetryIn(TimeSpan delay) => new Retry(delay);

    /// <summary>The rules refused it for good; logged, never retried.</summary>
    public static ReminderOutcome Refused(Rejection rejection) => new GaveUp(rejection);

    public sealed record Finished : ReminderOutcome;

    public sealed record Retry(TimeSpan Delay) : ReminderOutcome;

    public sealed record GaveUp(Rejection Rejection) : ReminderOutcome;
}
