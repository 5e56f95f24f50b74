using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Grains.Tests;

/// <summary>Wraps a real store and injects faults into appends: the database going away, or other writers always winning.</summary>
public sealed class FaultyStore(IEventStore inner) : IEventStore
{
    /// <summary>How many of the next appends throw a transient fault before reaching the store.</summary>
    public int TransientFaults { get; set; }

    /// <summary>When set, every append is answered with a version conflict.</summary>
    public bool AlwaysConflict { get; set; }

    public int Appends { get; private set; }

    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Appends++;
        if (TransientFaults > 0)
        {
            TransientFaults--;
            throw new TransientStoreException("injected: the database restarted");
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
}
