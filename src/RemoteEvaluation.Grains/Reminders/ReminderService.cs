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
public sealed partial class ReminderService : IHostedService, IAsyncDisposable
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
        try
        {
            await stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Disposed by the container already (it stopped the loop first).
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
}
