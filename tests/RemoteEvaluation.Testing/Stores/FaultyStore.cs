using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Testing.Stores;

/// <summary>
/// Wraps a real store and injects faults into appends before they reach it: the database restarting (for a number of
/// appends, or until switched back on), or other writers always winning. Reads pass straight through.
/// </summary>
public sealed class FaultyStore(IEventStore inner) : IEventStore
{
    private volatile bool down;
    private readonly Lock gate = new();
    private int transientFaults;
    private int appends;

    /// <summary>How many of the next appends throw a transient fault.</summary>
    public int TransientFaults
    {
        get
        {
            lock (gate)
            {
                return transientFaults;
            }
        }

        set
        {
            lock (gate)
            {
                transientFaults = value;
            }
        }
    }

    /// <summary>While set, every append throws a transient fault (an outage that lasts until the test ends it).</summary>
    public bool Down
    {
        get => down;
        set => down = value;
    }

    /// <summary>When set, every append is answered with a version conflict.</summary>
    public bool AlwaysConflict { get; set; }

    /// <summary>Every append asked for, faulted or not.</summary>
    public int Appends => Volatile.Read(ref appends);

    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref appends);
        if (down || TakeTransientFault())
        {
            throw new TransientStoreException("injected: the database is restarting");
        }

        return AlwaysConflict
            ? Task.FromResult<AppendResult>(new AppendResult.VersionConflict(streamId, expectedVersion, expectedVersion + 1))
            : inner.AppendAsync(streamId, expectedVersion, events, commandId, cancellationToken);
    }

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default) =>
        inner.ReadStreamAsync(streamId, afterVersion, cancellationToken);

    public Task<StreamHead?> GetHeadAsync(string streamId, CancellationToken cancellationToken = default) => inner.GetHeadAsync(streamId, cancellationToken);

    public Task<IReadOnlyList<StreamHead>> ListStreamsAsync(string kind, string? afterStreamId = null, int limit = 1000, CancellationToken cancellationToken = default) =>
        inner.ListStreamsAsync(kind, afterStreamId, limit, cancellationToken);

    public Task<ChainVerification> VerifyAsync(string streamId, CancellationToken cancellationToken = default) => inner.VerifyAsync(streamId, cancellationToken);

    private bool TakeTransientFault()
    {
        lock (gate)
        {
            if (transientFaults <= 0)
            {
                return false;
            }

            transientFaults--;
            return true;
        }
    }
}
