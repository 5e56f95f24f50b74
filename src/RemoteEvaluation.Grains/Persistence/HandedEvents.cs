namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// Reading on from a version when an append made on this node may already have handed over its events (as stored):
/// those are used when they follow on from the version, the log is read otherwise.
/// </summary>
public static class HandedEvents
{
    public static IAsyncEnumerable<StoredEvent> ReadAfterAsync(
        this IEventStore store, string streamId, long afterVersion, IReadOnlyList<StoredEvent>? handed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return handed is [var first, ..] && first.Version == afterVersion + 1
            ? handed.ToAsyncEnumerable()
            : store.ReadStreamAsync(streamId, afterVersion, cancellationToken);
    }
}
