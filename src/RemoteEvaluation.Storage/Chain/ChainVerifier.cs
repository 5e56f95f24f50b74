using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.Chain;

/// <summary>
/// Walks a stream's stored events in order and names the first version where the chain breaks:
/// a missing or repeated version, a previous-hash link that does not match, contents that no longer
/// match their hash, or a stream head that disagrees with the last event (events removed at the end).
/// A break names its check (<see cref="ChainChecks"/>) and, where hashes are compared, the expected and actual hash.
/// </summary>
public static class ChainVerifier
{
    public static async Task<ChainVerification> VerifyAsync(
        string streamId,
        IAsyncEnumerable<StoredEvent> events,
        StreamHead? head,
        CancellationToken cancellationToken = default)
    {
        var previous = HashChain.Genesis;
        long expected = 1;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            var problem = Check(e, expected, previous.Span);
            if (problem is not null)
            {
                return problem with { StreamId = streamId };
            }

            previous = e.Hash;
            expected++;
        }

        var last = expected - 1;
        if (head is null)
        {
            return last == 0
                ? ChainVerification.Intact(streamId, 0)
                : ChainVerification.Broken(streamId, 1, "The log holds events for a stream that has no head record.") with { Check = ChainChecks.HeadVersion };
        }

        if (head.Version != last)
        {
            return ChainVerification.Broken(
                streamId,
                Math.Min(head.Version, last) + 1,
                $"The stream head records version {head.Version} but the log ends at version {last}: events were removed or added outside the store.") with { Check = ChainChecks.HeadVersion };
        }

        if (!head.LastHash.Span.SequenceEqual(previous.Span))
        {
            return ChainVerification.Broken(streamId, last, $"The stream head's last hash does not match the hash of version {last}.") with
            {
                Check = ChainChecks.HeadHash,
                ExpectedHash = Convert.ToHexStringLower(previous.Span),
                ActualHash = Convert.ToHexStringLower(head.LastHash.Span),
            };
        }

        return ChainVerification.Intact(streamId, last);
    }

    private static ChainVerification? Check(StoredEvent e, long expected, ReadOnlySpan<byte> previous)
    {
        if (e.Version != expected)
        {
            var problem = e.Version > expected
                ? $"Version {expected} is missing: the next stored event is version {e.Version}."
                : $"Version {e.Version} appears again where version {expected} was expected.";
            return ChainVerification.Broken(e.StreamId, expected, problem) with { Check = ChainChecks.Sequence };
        }

        if (!e.PreviousHash.Span.SequenceEqual(previous))
        {
            return ChainVerification.Broken(e.StreamId, expected, $"Version {expected} does not link to the hash of version {expected - 1}.") with
            {
                Check = ChainChecks.Link,
                ExpectedHash = Convert.ToHexStringLower(previous),
                ActualHash = Convert.ToHexStringLower(e.PreviousHash.Span),
            };
        }

        var recomputed = HashChain.Compute(
            e.PreviousHash.Span, e.StreamId, e.Version, e.Type, RecordedTime.ToMicros(e.RecordedAt), e.Data.Span, e.Metadata.Span);
        return recomputed.AsSpan().SequenceEqual(e.Hash.Span)
            ? null
            : ChainVerification.Broken(e.StreamId, expected, $"Version {expected}'s stored hash does not match its contents (type, time, data or metadata changed).") with
            {
                Check = ChainChecks.Contents,
                ExpectedHash = Convert.ToHexStringLower(recomputed),
                ActualHash = Convert.ToHexStringLower(e.Hash.Span),
            };
    }
}
