using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>The real store with a switch that makes its appends fail as a database restart would, before reaching it.</summary>
internal sealed class OutageStore(IEventStore inner) : IEventStore
{
    private volatile bool down;

    public bool Down
    {
        get => down;
        set => down = value;
    }

    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string? commandId = null, CancellationToken cancellationToken = default) =>
        down
            ? throw new TransientStoreException("injected: the database is restarting")
            : inner.AppendAsync(streamId, expectedVersion, events, commandId, cancellationToken);

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default) =>
        inner.ReadStreamAsync(streamId, afterVersion, cancellationToken);

    public Task<StreamHead?> GetHeadAsync(string streamId, CancellationToken cancellationToken = default) => inner.GetHeadAsync(streamId, cancellationToken);

    public Task<IReadOnlyList<StreamHead>> ListStreamsAsync(string kind, string? afterStreamId = null, int limit = 1000, CancellationToken cancellationToken = default) =>
        inner.ListStreamsAsync(kind, afterStreamId, limit, cancellationToken);

    public Task<ChainVerification> VerifyAsync(string streamId, CancellationToken cancellationToken = default) => inner.VerifyAsync(streamId, cancellationToken);
}
