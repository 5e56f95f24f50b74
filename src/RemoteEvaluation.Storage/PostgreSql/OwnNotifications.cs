using System.Collections.Concurrent;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Storage.PostgreSql;

/// <summary>
/// The notifications this node's own commits send. The writer hands its events to the local feed after each commit,
/// so the same append heard back through <c>LISTEN</c> (its echo) would only make every follower and subscriber read
/// the log for events it already has: under load most of the reads were these. The writer registers each stream
/// and version just before the commit; the listener drops a notification that matches one, once.
/// </summary>
internal sealed class OwnNotifications
{
    /// <summary>Echoes lost while the listener was away are never matched; past this many, start afresh.</summary>
    private const int Bound = 65_536;

    private readonly ConcurrentDictionary<(string StreamId, long Version), byte> expected = new();
    private int count;

    public void Expect(IEnumerable<StreamAppended> notices)
    {
        if (Volatile.Read(ref count) > Bound)
        {
            Clear(); // an echo then unmatched costs one read, nothing more
        }

        foreach (var notice in notices)
        {
            if (expected.TryAdd((notice.StreamId, notice.Version), 0))
            {
                Interlocked.Increment(ref count);
            }
        }
    }

    /// <summary>The commit failed (or its outcome is unknown): a notification of these is another node's, or must be heard.</summary>
    public void Withdraw(IEnumerable<StreamAppended> notices)
    {
        foreach (var notice in notices)
        {
            IsEcho(notice);
        }
    }

    /// <summary>True, once, for the echo of an append committed here.</summary>
    public bool IsEcho(StreamAppended notice)
    {
        if (!expected.TryRemove((notice.StreamId, notice.Version), out _))
        {
            return false;
        }

        Interlocked.Decrement(ref count);
        return true;
    }

    /// <summary>After a gap in listening the echoes of the gap never come.</summary>
    public void Clear()
    {
        expected.Clear();
        Interlocked.Exchange(ref count, 0);
    }
}
