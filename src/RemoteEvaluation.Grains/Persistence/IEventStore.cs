namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// The append-only, hash-chained event log (事件日志) that every grain is folded from.
/// One implementation per database vendor; all of them pass the same contract tests.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> if its current version is
    /// <paramref name="expectedVersion"/> (0 for a new stream). A <paramref name="commandId"/> that was
    /// already appended to this stream returns the original result and writes nothing.
    /// </summary>
    Task<AppendResult> AppendAsync(
        string streamId,
        long expectedVersion,
        IReadOnlyList<NewEvent> events,
        string? commandId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads a stream's events with a version greater than <paramref name="afterVersion"/>, in order.</summary>
    IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>The stream's current version and last hash, or null when nothing was ever appended to it.</summary>
    Task<StreamHead?> GetHeadAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Lists streams of one kind (<c>session</c>, <c>expert</c>, <c>site</c>, <c>draw</c>) by id, a page at a time.</summary>
    Task<IReadOnlyList<StreamHead>> ListStreamsAsync(string kind, string? afterStreamId = null, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>Re-computes the stream's hash chain over the stored bytes and names the first break, if any.</summary>
    Task<ChainVerification> VerifyAsync(string streamId, CancellationToken cancellationToken = default);
}
