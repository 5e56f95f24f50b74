using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.Feed;

/// <summary>
/// The follower side of the change feed, shared by every vendor. A notification wakes the followers
/// of its stream; each follower reads the log after the last version it delivered, so notifications
/// may be lost, repeated or reordered without losing or repeating an event. <see cref="CatchUpAll"/>
/// (after a listener gap, and on the polling timer) wakes every follower.
/// </summary>
public sealed partial class ChangeFeed : IChangeFeed, IStreamHeads, IAsyncDisposable
{
    /// <summary>Heads of streams heard of since the last catch-up; past this many, start afresh (snapshots then read).</summary>
    private const int MaxHeads = 200_000;

    private readonly IEventStore store;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Follower, byte>> followers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Subscription, byte> subscribers = new();
    private readonly ConcurrentDictionary<string, long> heads = new(StringComparer.Ordinal);
    private int headCount;
    private readonly Timer? pollTimer;
    private readonly CancellationTokenSource stopping = new();
    private int disposed;

    /// <param name="pollInterval">How often every follower re-reads even without a notification; null for never.</param>
    public ChangeFeed(IEventStore store, ILogger<ChangeFeed> logger, TimeSpan? pollInterval = null)
    {
        this.store = store;
        this.logger = logger;
        if (pollInterval is { } interval)
        {
            pollTimer = new Timer(_ => CatchUpAll(), null, interval, interval);
        }
    }

    /// <summary>Set by the vendor's listener; always true for an in-process feed.</summary>
    public Func<bool> Listening { get; set; } = () => true;

    public bool IsListening => Listening();

    public bool IsCurrent(string streamId, long version) =>
        IsListening && heads.TryGetValue(streamId, out var head) && head == version;

    public IDisposable Follow(string streamId, long afterVersion, Func<StoredEvent, CancellationToken, ValueTask> onEvent)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentNullException.ThrowIfNull(onEvent);
        var follower = new Follower(this, streamId, afterVersion, onEvent);
        followers.GetOrAdd(streamId, _ => new()).TryAdd(follower, 0);
        follower.Wake(); // events appended before Follow was called are delivered too
        return follower;
    }

    public IDisposable Subscribe(Func<StreamAppended, ValueTask> onAppended)
    {
        var subscription = new Subscription(this, onAppended);
        subscribers.TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>
    /// A stream reached a version: wake its followers and tell the subscribers. A writer calls this before it answers
    /// the append, so that whoever learns of the append afterwards finds the head already known here.
    /// </summary>
    public void Notify(StreamAppended appended)
    {
        var known = heads.TryGetValue(appended.StreamId, out var head) ? head : (long?)null;
        Heard(appended.StreamId, appended.Version);
        if (appended.Events is null && known < appended.Version)
        {
            Fetch(appended, known.Value);
            return;
        }

        HandOn(appended);
    }

    /// <summary>Wakes the stream's followers and tells the subscribers, with the events when they came along.</summary>
    private void HandOn(StreamAppended appended)
    {
        if (followers.TryGetValue(appended.StreamId, out var set))
        {
            foreach (var follower in set.Keys)
            {
                follower.Wake(appended.Version, appended.Events);
            }
        }

        // Subscribers read and fold; they must not hold up whoever notifies (the writer, the listener).
        foreach (var subscription in subscribers.Keys)
        {
            ThreadPool.UnsafeQueueUserWorkItem(s => _ = s.Subscription.DeliverAsync(s.Appended), (Subscription: subscription, Appended: appended), preferLocal: false);
        }
    }

    /// <summary>Wake every follower to re-read its stream: after a gap in notifications, or on the polling timer.</summary>
    public void CatchUpAll()
    {
        // Notifications may have been missed: no head heard so far can be trusted to be the latest.
        ForgetHeads();
        foreach (var set in followers.Values)
        {
            foreach (var follower in set.Keys)
            {
                follower.Wake();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered under two service types, so the container may dispose it twice.
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (pollTimer is not null)
        {
            await pollTimer.DisposeAsync();
        }

        await stopping.CancelAsync();
        stopping.Dispose();
    }

    private void Heard(string streamId, long version)
    {
        while (true)
        {
            if (heads.TryGetValue(streamId, out var known))
            {
                if (known >= version || heads.TryUpdate(streamId, version, known))
                {
                    return;
                }
            }
            else if (heads.TryAdd(streamId, version))
            {
                if (Interlocked.Increment(ref headCount) > MaxHeads)
                {
                    ForgetHeads();
                }

                return;
            }
        }
    }

    private void ForgetHeads()
    {
        heads.Clear();
        Interlocked.Exchange(ref headCount, 0);
    }

    private void Remove(Follower follower)
    {
        if (followers.TryGetValue(follower.StreamId, out var set))
        {
            set.TryRemove(follower, out _);
        }
    }

    /// <summary>One follow: a loop that reads and delivers whenever it is woken, one pass at a time.</summary>
    private sealed class Follower : IDisposable
    {
        private readonly ChangeFeed feed;
        private readonly Func<StoredEvent, CancellationToken, ValueTask> onEvent;
        private readonly CancellationTokenSource cancel;
        private readonly SemaphoreSlim wake = new(0, 1);
        private readonly Lock handedGate = new();
        private List<StoredEvent> handed = [];
        private bool mustRead = true;
        private long delivered;
        private int disposed;

        public Follower(ChangeFeed feed, string streamId, long afterVersion, Func<StoredEvent, CancellationToken, ValueTask> onEvent)
        {
            this.feed = feed;
            this.onEvent = onEvent;
            StreamId = streamId;
            delivered = afterVersion;
            cancel = CancellationTokenSource.CreateLinkedTokenSource(feed.stopping.Token);
            _ = Task.Run(RunAsync);
        }

        public string StreamId { get; }

        /// <summary>
        /// Something was appended up to <paramref name="version"/> (unknown: <see cref="long.MaxValue"/>); with
        /// <paramref name="events"/> when it was appended here, else the next pass reads the log.
        /// </summary>
        public void Wake(long version = long.MaxValue, IReadOnlyList<StoredEvent>? events = null)
        {
            // A notification for a version already delivered (our own echo, a repeat) needs no read.
            if (version != long.MaxValue && version <= Interlocked.Read(ref delivered))
            {
                return;
            }

            lock (handedGate)
            {
                if (events is null)
                {
                    mustRead = true;
                }
                else
                {
                    handed.AddRange(events);
                }
            }

            try
            {
                if (wake.CurrentCount == 0)
                {
                    wake.Release();
                }
            }
            catch (SemaphoreFullException)
            {
                // Already awake: the pass about to run will see the new events.
            }
            catch (ObjectDisposedException)
            {
                // Disposed concurrently.
            }
        }

        public void Dispose()
        {
            // Idempotent: the loop disposes its token source once it has stopped.
            if (Interlocked.Exchange(ref disposed, 1) != 0)
            {
                return;
            }

            feed.Remove(this);
            try
            {
                cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The feed stopped first, and the loop with it.
            }
        }

        private async Task RunAsync()
        {
            var token = cancel.Token;
            var backoff = TimeSpan.FromMilliseconds(200);
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await wake.WaitAsync(token);
                    await DeliverNewEventsAsync(token);
                    backoff = TimeSpan.FromMilliseconds(200);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database fault never ends the loop: wait, then read again from the last delivered version.
                    StorageLog.FeedReadFailed(feed.logger, StreamId, ex);
                    await DelayQuietly(backoff, token);
                    backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 5000));
                    Wake();
                }
            }

            cancel.Dispose();
        }

        /// <summary>
        /// Delivers the events handed over in memory while they follow on from the last delivered version, and reads
        /// the log for the rest: after a notification without events, or a gap (an append from elsewhere, or
        /// notifications that overtook each other).
        /// </summary>
        private async Task DeliverNewEventsAsync(CancellationToken token)
        {
            List<StoredEvent> taken;
            bool read;
            lock (handedGate)
            {
                (taken, handed, read, mustRead) = (handed, [], mustRead, false);
            }

            try
            {
                foreach (var e in taken.OrderBy(e => e.Version))
                {
                    if (e.Version <= delivered)
                    {
                        continue;
                    }

                    if (e.Version != delivered + 1)
                    {
                        read = true;
                        break;
                    }

                    await DeliverAsync(e, token);
                }

                if (read)
                {
                    await foreach (var e in feed.store.ReadStreamAsync(StreamId, delivered, token))
                    {
                        await DeliverAsync(e, token);
                    }
                }
            }
            catch
            {
                // Whatever was not delivered is read again on the retry.
                lock (handedGate)
                {
                    mustRead = true;
                }

                throw;
            }
        }

        private async Task DeliverAsync(StoredEvent e, CancellationToken token)
        {
            try
            {
                await onEvent(e, token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                StorageLog.FeedHandlerFailed(feed.logger, StreamId, e.Version, ex);
            }

            Interlocked.Exchange(ref delivered, e.Version);
        }

        private static async Task DelayQuietly(TimeSpan delay, CancellationToken token)
        {
            try
            {
                await Task.Delay(delay, token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private sealed class Subscription(ChangeFeed feed, Func<StreamAppended, ValueTask> onAppended) : IDisposable
    {
        public async Task DeliverAsync(StreamAppended appended)
        {
            try
            {
                await onAppended(appended);
            }
            catch (Exception ex)
            {
                StorageLog.FeedSubscriberFailed(feed.logger, appended.StreamId, ex);
            }
        }

        public void Dispose() => feed.subscribers.TryRemove(this, out _);
    }
}
