using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Testing.Stores;

/// <summary>The real store, counting the stream reads made through it.</summary>
public sealed class ReadCountingStore(IEventStore inner) : IEventStore
{
    private int reads;
    private int readsAtStart;

    public int Reads => Volatile.Read(ref reads);

    public int ReadsAfterStart => Reads - Volatile.Read(ref readsAtStart);

    public void StartCounting() => Volatile.Write(ref readsAtStart, Reads);

    /// <summary>Counted once the read is over, so that a test can wait for a follower's first read to finish.</summary>
    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(
        string streamId, long afterVersion = 0, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var e in inner.ReadStreamAsync(streamId, afterVersion, cancellationToken))
            {
                yield return e;
            }
        }
        finally
        {
            Interlocked.Increment(ref reads);
        }
    }

    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(streamId, expectedVersion, events, commandId, cancellationToken);

    public Task<StreamHead?> GetHeadAsync(string streamId, CancellationToken cancellationToken = default) => inner.GetHeadAsync(streamId, cancellationToken);

    public Task<IReadOnlyList<StreamHead>> ListStreamsAsync(string kind, string? afterStreamId = null, int limit = 1000, CancellationToken cancellationToken = default) =>
        inner.ListStreamsAsync(kind, afterStreamId, limit, cancellationToken);

    public Task<ChainVerification> VerifyAsync(string streamId, CancellationToken cancellationToken = default) => inner.VerifyAsync(streamId, cancellationToken);
}
