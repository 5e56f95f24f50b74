using RemoteEvaluation.Grains.Persistence;
using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Grains.Reminders;

// Keeping the due-list current: the rebuild and sweep over the stream heads, the feed's wake-ups, folding one stream.
public sealed partial class ReminderService
{
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

    private async ValueTask OnAppendedAsync(string streamId, long version, IReadOnlyList<StoredEvent>? events)
    {
        var slash = streamId.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && Watches.ContainsKey(streamId[..slash]))
        {
            await FoldAsync(streamId, version, stopping.Token, events);
        }
    }

    /// <summary>
    /// Folds <paramref name="streamId"/> after the version folded so far, if it is behind <paramref name="version"/>: from
    /// <paramref name="handed"/> (an append made on this node) when they follow on, else from the log.
    /// </summary>
    private async Task FoldAsync(string streamId, long version, CancellationToken cancellationToken, IReadOnlyList<StoredEvent>? handed = null)
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

            await foreach (var stored in store.ReadAfterAsync(streamId, tracked.Version, handed, cancellationToken))
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

    /// <summary>One watched stream: how far it is folded, what it owes, and which of those duties are done on this node.</summary>
    private sealed class Tracked(StreamWatch watch)
    {
        public StreamWatch Watch { get; } = watch;

        public long Version { get; set; }

        public Dictionary<string, Reminder> Owed { get; set; } = new(StringComparer.Ordinal);

        public HashSet<string> Done { get; } = new(StringComparer.Ordinal);
    }
}
