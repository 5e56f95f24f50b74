using Microsoft.Extensions.Logging;
using RemoteEvaluation.Grains.Telemetry;

namespace RemoteEvaluation.Grains.Reminders;

// Firing: take what is due by this node's clock, send it, and settle the outcome; the timer for the next one.
public sealed partial class ReminderService
{
    private async Task FireDueAsync(CancellationToken cancellationToken)
    {
        List<DueList.Scheduled> batch;
        lock (gate)
        {
            batch = due.TakeDue(time.GetUtcNow());
            inFlight.UnionWith(batch.Select(s => s.Key));
        }

        foreach (var scheduled in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReminderOutcome outcome;
            try
            {
                outcome = await scheduled.Reminder.FireAsync(grains);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ReminderLog.Failed(logger, scheduled.Reminder.Id, scheduled.StreamId, options.ReminderRetryDelay, e);
                outcome = ReminderOutcome.RetryIn(options.ReminderRetryDelay);
            }

            Settle(scheduled, outcome);
        }
    }

    private void Settle(DueList.Scheduled scheduled, ReminderOutcome outcome)
    {
        ReminderLog.Fired(logger, scheduled.Reminder.Id, scheduled.StreamId, outcome.GetType().Name);
        Instrumentation.RemindersFired.Add(1, new KeyValuePair<string, object?>("outcome", outcome.GetType().Name.ToLowerInvariant()));
        if (outcome is ReminderOutcome.GaveUp refused)
        {
            ReminderLog.Refused(logger, scheduled.Reminder.Id, scheduled.StreamId, refused.Rejection.Code, refused.Rejection.Message);
        }

        lock (gate)
        {
            inFlight.Remove(scheduled.Key);
            var tracked = streams[scheduled.StreamId];
            if (outcome is ReminderOutcome.Retry retry)
            {
                // Still owed after what was folded meanwhile? Then again later.
                if (tracked.Owed.TryGetValue(scheduled.Reminder.Id, out var current))
                {
                    due.Set(scheduled.StreamId, current with { DueAt = time.GetUtcNow() + retry.Delay });
                }
            }
            else
            {
                tracked.Done.Add(scheduled.Reminder.Id);
            }
        }
    }

    /// <summary>Sets the timer for the earliest reminder, or wakes the loop at once when one is already due.</summary>
    private void Arm()
    {
        DateTimeOffset? next;
        lock (gate)
        {
            next = due.Next;
        }

        if (next is not { } at)
        {
            return;
        }

        var wait = at - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            Wake();
            return;
        }

        // Timers take at most about 49 days; a later reminder is re-armed when this one wakes.
        dueTimer?.Change(wait < TimeSpan.FromDays(1) ? wait : TimeSpan.FromDays(1), Timeout.InfiniteTimeSpan);
    }

    private void Wake()
    {
        try
        {
            if (wake.CurrentCount == 0)
            {
                wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
