using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Telemetry;

namespace RemoteEvaluation.Grains.Reminders;

/// <summary>
/// The process manager (流程提醒): keeps a due-list of what the service owes its streams — abandon a session whose
/// suspension outlasted its deadline, expire unanswered draw invitations, forward fees and conduct to the experts —
/// and sends each command when its time comes. The due-list is derived from the log: rebuilt by reading the watched
/// streams at start, kept current by the change feed's wake-ups and a periodic sweep of the stream heads. No grain is
/// activated to look; only the one a reminder commands. Every node runs one: the commands carry command ids derived
/// from the facts (session and suspension number, draw and deadline), so the store records each once.
/// </summary>
public sealed class ReminderService : IHostedService, IAsyncDisposable
{
    private static readonly Dictionary<string, Func<string, StreamWatch>> Watches = new(StringComparer.Ordinal)
    {
        ["session"] = id => new SessionWatch(id),
        ["draw"] = id => new DrawWatch(id),
    };

    private readonly IEventStore store;
    private readonly IGrainFactory grains;
    private readonly TimeProvider time;
    private readonly GrainRuntimeOptions options;
    private readonly ILogger logger;
    private readonly IStreamNotifications? notifications;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim reading = new(1, 1);
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Dictionary<string, Tracked> streams = new(StringComparer.Ordinal);
    private readonly HashSet<string> inFlight = new(StringComparer.Ordinal);
    private readonly DueList due = new();
    private readonly CancellationTokenSource stopping = new();
    private ITimer? dueTimer;
    private ITimer? sweepTimer;
    private IDisposable? subscription;
    private Task? loop;
    private int sweeping;
    private int disposed;

    public ReminderService(
        IEventStore store,
        IGrainFactory grains,
        TimeProvider time,
        IOptions<GrainRuntimeOptions> options,
        ILogger<ReminderService> logger,
        IStreamNotifications? notifications = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.grains = grains;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
        this.notifications = notifications;
    }

    /// <summary>The reminders waiting for their time (stream, reminder id, due), earliest first.</summary>
    public IReadOnlyList<(string StreamId, string Id, DateTimeOffset DueAt)> Pending
    {
        get
        {
            lock (gate)
            {
                return [.. due.All.OrderBy(s => s.Reminder.DueAt).Select(s => (s.StreamId, s.Reminder.Id, s.Reminder.DueAt))];
            }
        }
    }

    /// <summary>True when nothing is due now and nothing is being sent.</summary>
    public bool IsIdle
    {
        get
        {
            lock (gate)
            {
                return inFlight.Count == 0 && (due.Next is not { } next || next > time.GetUtcNow());
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        dueTimer = time.CreateTimer(_ => Wake(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        subscription = notifications?.Subscribe(OnAppendedAsync);
        loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        subscription = null;
        if (!stopping.IsCancellationRequested)
        {
            await stopping.CancelAsync();
        }

        if (loop is not null)
        {
            await loop.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered as itself and as a hosted service, so the container may dispose it twice.
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await StopAsync(CancellationToken.None);
        if (dueTimer is not null)
        {
            await dueTimer.DisposeAsync();
        }

        if (sweepTimer is not null)
        {
            await sweepTimer.DisposeAsync();
        }

        stopping.Dispose();
        reading.Dispose();
        wake.Dispose();
    }

    /// <summary>
    /// Reads every watched stream whose head moved past what was folded (all of them at the first call): the rebuild
    /// at start and the sweep that catches appends whose notification never arrived.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        foreach (var kind in Watches.Keys)
        {
            string? after = null;
            while (true)
            {
                var heads = await store.ListStreamsAsync(kind, after, 1000, cancellationToken);
                foreach (var head in heads)
                {
                    await FoldAsync(head.StreamId, head.Version, cancellationToken);
                }

                if (heads.Count < 1000)
                {
                    break;
                }

                after = heads[^1].StreamId;
            }
        }
    }

    private async Task RunAsync()
    {
        var token = stopping.Token;
        try
        {
            await RebuildAsync(token);
            sweepTimer = time.CreateTimer(_ => _ = SweepAsync(), null, options.ReminderSweepInterval, options.ReminderSweepInterval);
            while (!token.IsCancellationRequested)
            {
                await FireDueAsync(token);
                Arm();
                await wake.WaitAsync(token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await CatchUpAsync(cancellationToken);
                lock (gate)
                {
                    ReminderLog.Rebuilt(logger, streams.Count, due.Count);
                }

                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ReminderLog.CatchUpFailed(logger, e);
                await Task.Delay(options.ReminderRetryDelay, time, cancellationToken);
            }
        }
    }

    private async Task SweepAsync()
    {
        // Timers of a fake clock fire once per period crossed; one sweep at a time is enough.
        if (Interlocked.Exchange(ref sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            await CatchUpAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            ReminderLog.CatchUpFailed(logger, e);
        }
        finally
        {
            Interlocked.Exchange(ref sweeping, 0);
        }
    }

    private async ValueTask OnAppendedAsync(string streamId, long version)
    {
        var slash = streamId.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && Watches.ContainsKey(streamId[..slash]))
        {
            await FoldAsync(streamId, version, stopping.Token);
        }
    }

    /// <summary>Reads <paramref name="streamId"/> after the version folded so far, if it is behind <paramref name="version"/>.</summary>
    private async Task FoldAsync(string streamId, long version, CancellationToken cancellationToken)
    {
        await reading.WaitAsync(cancellationToken);
        try
        {
            if (!streams.TryGetValue(streamId, out var tracked))
            {
                var slash = streamId.IndexOf('/', StringComparison.Ordinal);
                tracked = new Tracked(Watches[streamId[..slash]](streamId[(slash + 1)..]));
                lock (gate)
                {
                    streams[streamId] = tracked;
                }
            }

            if (tracked.Version >= version)
            {
                return;
            }

            await foreach (var stored in store.ReadStreamAsync(streamId, tracked.Version, cancellationToken))
            {
                tracked.Watch.Observe(stored);
                tracked.Version = stored.Version;
            }

            Reschedule(streamId, tracked);
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>Replaces the stream's scheduled reminders by what its events leave owing, less the done and the in-flight.</summary>
    private void Reschedule(string streamId, Tracked tracked)
    {
        lock (gate)
        {
            foreach (var id in tracked.Owed.Keys)
            {
                due.Remove(streamId, id);
            }

            tracked.Owed = tracked.Watch.Owed().ToDictionary(r => r.Id, StringComparer.Ordinal);
            foreach (var reminder in tracked.Owed.Values)
            {
                if (!tracked.Done.Contains(reminder.Id) && !inFlight.Contains($"{streamId}#{reminder.Id}"))
                {
                    due.Set(streamId, reminder);
                }
            }
        }

        Arm();
    }

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

    /// <summary>One watched stream: how far it is folded, what it owes, and which of those duties are done on this node.</summary>
    private sealed class Tracked(StreamWatch watch)
    {
        public StreamWatch Watch { get; } = watch;

        public long Version { get; set; }

        public Dictionary<string, Reminder> Owed { get; set; } = new(StringComparer.Ordinal);

        public HashSet<string> Done { get; } = new(StringComparer.Ordinal);
    }
}
