using System.Runtime.CompilerServices;
using RemoteEvaluation.Domain.Chain;
using RemoteEvaluation.Evidence;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Server.Evidence;

/// <summary>A session's evidence as stored: its own stream and the streams of the draws requested for it.</summary>
public sealed class SessionEvidence(IEventStore store, IGrainFactory grains)
{
    public async Task<EvidenceSource> SourceAsync(string sessionId, CancellationToken cancellationToken)
    {
        List<EvidenceDrawSource> draws = [];
        foreach (var drawId in await DrawsOfAsync(sessionId, cancellationToken))
        {
            draws.Add(new EvidenceDrawSource(drawId, ReadAsync($"draw/{drawId}", CancellationToken.None)));
        }

        return new EvidenceSource(sessionId, ReadAsync($"session/{sessionId}", CancellationToken.None), draws);
    }

    // The draw names its session in its request; a province holds few draws a day, so reading each head is cheap.
    private async Task<List<string>> DrawsOfAsync(string sessionId, CancellationToken cancellationToken)
    {
        List<string> found = [];
        string? after = null;
        IReadOnlyList<StreamHead> heads;
        do
        {
            heads = await store.ListStreamsAsync("draw", after, 1000, cancellationToken);
            foreach (var head in heads)
            {
                var drawId = head.StreamId["draw/".Length..];
                var state = (await grains.GetGrain<IDrawGrain>(drawId).GetSnapshotAsync()).State;
                if (state.Request?.SessionId == sessionId)
                {
                    found.Add(drawId);
                }
            }

            after = heads.Count > 0 ? heads[^1].StreamId : after;
        }
        while (heads.Count == 1000);
        return found;
    }

    private async IAsyncEnumerable<EvidenceEvent> ReadAsync(string streamId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in store.ReadStreamAsync(streamId, 0, cancellationToken))
        {
            yield return new EvidenceEvent(0, e.StreamId, e.Version, e.Type, EventHash.ToMicros(e.RecordedAt), e.Data, e.Metadata, e.PreviousHash, e.Hash);
        }
    }
}
