using RemoteEvaluation.Domain.Chain;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// Reads one stream file of a package and walks its chain (链校验) the way the store's verifier does, naming the first
/// line that breaks it: versions contiguous from 1, each previous hash linking, each hash recomputed from the exact bytes.
/// </summary>
internal static class ChainWalk
{
    public static EvidenceProblem? Read(string entry, ReadOnlyMemory<byte> bytes, List<EvidenceEvent> events)
    {
        long line = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            line++;
            var end = rest.Span.IndexOf((byte)'\n');
            var text = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            try
            {
                events.Add(EventLines.Read(text));
            }
            catch (FormatException e)
            {
                return new EvidenceProblem(EvidenceProblems.MalformedEvent, $"Line {line} is not an event: {e.Message}", entry, line);
            }
        }

        return null;
    }

    public static EvidenceProblem? Walk(string entry, string streamId, IReadOnlyList<EvidenceEvent> events)
    {
        var previous = EventHash.Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            long line = i + 1;
            long expected = i + 1;
            if (!string.Equals(e.StreamId, streamId, StringComparison.Ordinal))
            {
                return new EvidenceProblem(EvidenceProblems.WrongStream, $"Line {line} holds an event of {e.StreamId}, not of {streamId}.", entry, line, e.Version);
            }

            if (e.Version != expected)
            {
                return VersionProblem(entry, events, i, expected);
            }

            if (!e.PreviousHash.Span.SequenceEqual(previous.Span))
            {
                return new EvidenceProblem(EvidenceProblems.BrokenLink, $"Version {expected} does not link to the hash of version {expected - 1}.", entry, line, expected);
            }

            var recomputed = EventHash.Compute(e.PreviousHash.Span, e.StreamId, e.Version, e.Type, e.RecordedAtMicros, e.Data.Span, e.Metadata.Span);
            if (!recomputed.AsSpan().SequenceEqual(e.Hash.Span))
            {
                return new EvidenceProblem(EvidenceProblems.HashMismatch, $"Version {expected}'s hash does not match its contents (type, time, data or metadata changed).", entry, line, expected);
            }

            if (e.Position != line)
            {
                return new EvidenceProblem(EvidenceProblems.MalformedEvent, $"Line {line} says it is at position {e.Position}.", entry, line, expected);
            }

            previous = e.Hash;
        }

        return null;
    }

    private static EvidenceProblem VersionProblem(string entry, IReadOnlyList<EvidenceEvent> events, int index, long expected)
    {
        var found = events[index].Version;
        long line = index + 1;
        if (found < expected)
        {
            return new EvidenceProblem(EvidenceProblems.EventRepeated, $"Version {found} appears again where version {expected} was expected.", entry, line, found);
        }

        for (var later = index + 1; later < events.Count; later++)
        {
            if (events[later].Version == expected)
            {
                return new EvidenceProblem(
                    EvidenceProblems.EventsReordered, $"Version {expected} is at line {later + 1}, after version {found}: the events were reordered.", entry, line, expected);
            }
        }

        return new EvidenceProblem(EvidenceProblems.EventMissing, $"Version {expected} is missing: line {line} holds version {found}.", entry, line, expected);
    }
}
