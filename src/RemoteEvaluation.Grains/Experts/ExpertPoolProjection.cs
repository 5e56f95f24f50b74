using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Grains.Experts;

/// <summary>
/// An in-memory projection of every <c>expert/*</c> stream (专家库投影), rebuilt from the log: on each snapshot
/// it lists the expert stream heads and re-folds only the streams whose version moved (writes by other nodes);
/// writes on this node arrive at once through <see cref="Apply"/>.
/// </summary>
public sealed class ExpertPoolProjection(IEventStore store) : IExpertPool, IDisposable
{
    private static readonly EventCodec<ExpertEvent> Codec = new();
    private readonly Lock gate = new();
    private readonly SemaphoreSlim catchingUp = new(1, 1);
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private PoolIndex? index;

    public void Apply(string expertId, long version, ExpertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (gate)
        {
            if (entries.TryGetValue(expertId, out var known) && known.Version >= version)
            {
                return;
            }

            // The draw profile is computed here, once per change, not on every index rebuild.
            entries[expertId] = new Entry(version, state, new PoolExpert(expertId, state));
            index = null;
        }
    }

    public async Task<IReadOnlyList<PoolExpert>> HomePoolAsync(string provinceCode, IReadOnlyList<string> specialtyCodes, CancellationToken cancellationToken = default) =>
        (await IndexAsync(cancellationToken)).Select(specialtyCodes, p => p == provinceCode);

    public async Task<IReadOnlyList<PoolExpert>> LinkedPoolAsync(string provinceCode, IReadOnlyList<string> specialtyCodes, CancellationToken cancellationToken = default) =>
        (await IndexAsync(cancellationToken)).Select(specialtyCodes, p => p != provinceCode);

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) => (await IndexAsync(cancellationToken)).All.Count;

    /// <summary>Every registered expert's record, sorted by id, after catching up with the log (for listing and search).</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, ExpertState>>> RecordsAsync(CancellationToken cancellationToken = default)
    {
        await CatchUpAsync(cancellationToken);
        lock (gate)
        {
            return [.. entries.Where(e => e.Value.State.IsRegistered).Select(e => KeyValuePair.Create(e.Key, e.Value.State)).OrderBy(e => e.Key, StringComparer.Ordinal)];
        }
    }

    /// <summary>Reads every expert stream whose head moved past what this projection folded.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await catchingUp.WaitAsync(cancellationToken);
        try
        {
            string? after = null;
            while (true)
            {
                var heads = await store.ListStreamsAsync("expert", after, 1000, cancellationToken);
                foreach (var head in heads)
                {
                    var id = head.StreamId["expert/".Length..];
                    Entry? known;
                    lock (gate)
                    {
                        entries.TryGetValue(id, out known);
                    }

                    if (known is null || known.Version < head.Version)
                    {
                        await RefoldAsync(id, known, cancellationToken);
                    }
                }

                if (heads.Count < 1000)
                {
                    return;
                }

                after = heads[^1].StreamId;
            }
        }
        finally
        {
            catchingUp.Release();
        }
    }

    private async Task<PoolIndex> IndexAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        lock (gate)
        {
            // Rebuilt after a change, at the next draw: writes stay cheap, and draws are rare next to reads.
            return index ??= new PoolIndex(entries.Values.Where(e => e.State.IsRegistered).Select(e => e.Expert));
        }
    }

    private async Task RefoldAsync(string id, Entry? known, CancellationToken cancellationToken)
    {
        var state = known?.State ?? ExpertState.Empty;
        var version = known?.Version ?? 0;
        await foreach (var stored in store.ReadStreamAsync($"expert/{id}", version, cancellationToken))
        {
            state = ExpertDecider.Evolve(state, Codec.Decode(stored.Type, stored.Data.Span));
            version = stored.Version;
        }

        Apply(id, version, state);
    }

    public void Dispose() => catchingUp.Dispose();

    private sealed record Entry(long Version, ExpertState State, PoolExpert Expert);
}
