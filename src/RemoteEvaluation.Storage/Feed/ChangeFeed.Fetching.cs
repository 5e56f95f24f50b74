using System.Collections.Concurrent;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.Feed;

/// <summary>
/// An append made on another node arrives as a bare notification. Every follower and subscriber of the stream would
/// read the same new events for itself (the session's pushes, its link health, the audit directory, the reminders:
/// several reads per append); instead the feed reads them once, from the head it last heard of, and hands them on as
/// a local append hands its own. When it knows no earlier head, or the read fails, each reads for itself as before.
/// </summary>
public sealed partial class ChangeFeed
{
    private readonly ConcurrentDictionary<string, RemoteFetch> fetches = new(StringComparer.Ordinal);

    private void Fetch(StreamAppended appended, long after)
    {
        var fetch = fetches.GetOrAdd(appended.StreamId, _ => new RemoteFetch());
        lock (fetch)
        {
            fetch.Target = Math.Max(fetch.Target, appended.Version);
            if (fetch.Running)
            {
                return; // the running read goes on to this version
            }

            fetch.Running = true;
            fetch.After = after;
        }

        _ = Task.Run(() => FetchAsync(appended.StreamId, fetch));
    }

    /// <summary>Reads until it has handed on everything up to the latest version notified; one loop per stream at a time.</summary>
    private async Task FetchAsync(string streamId, RemoteFetch fetch)
    {
        while (true)
        {
            long after, target;
            lock (fetch)
            {
                (after, target) = (fetch.After, fetch.Target);
            }

            List<StoredEvent>? events = [];
            try
            {
                await foreach (var e in store.ReadStreamAsync(streamId, after, stopping.Token))
                {
                    events.Add(e);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                StorageLog.FeedFetchFailed(logger, streamId, ex);
                events = null;
            }

            var reached = events is { Count: > 0 } ? events[^1].Version : target;
            HandOn(new StreamAppended(streamId, reached) { Events = events is { Count: > 0 } ? events : null });
            lock (fetch)
            {
                fetch.After = Math.Max(fetch.After, reached);
                if (fetch.Target <= fetch.After)
                {
                    fetch.Running = false;
                    fetches.TryRemove(new KeyValuePair<string, RemoteFetch>(streamId, fetch));
                    return;
                }
            }
        }
    }

    private sealed class RemoteFetch
    {
        public long After { get; set; }

        public long Target { get; set; }

        public bool Running { get; set; }
    }
}
