using System.Collections.Immutable;
using System.Text;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// Splits an eligible-list snapshot into events that fit the event size limit, and joins them back.
/// Each entry is <c>"expertId regionCode"</c>.
/// </summary>
public static class DrawSnapshotParts
{
    /// <summary>The most bytes of entries one event carries (the store allows 64 KiB per event).</summary>
    public const int MaxPartBytes = 40 * 1024;

    public static IEnumerable<EligibleListRecorded> Split(int round, EligibleList eligible)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        for (var slot = 0; slot < eligible.Primary.Count; slot++)
        {
            foreach (var part in Parts(round, slot, false, eligible.Primary[slot]))
            {
                yield return part;
            }

            foreach (var part in Parts(round, slot, true, eligible.Fallback[slot]))
            {
                yield return part;
            }
        }
    }

    public static EligibleList Join(IReadOnlyList<EligibleListRecorded> parts, int slots, string? fallbackPoolId)
    {
        ArgumentNullException.ThrowIfNull(parts);
        IReadOnlyList<Candidate> Read(int slot, bool fallback) => [.. parts
            .Where(p => p.SlotIndex == slot && p.Fallback == fallback)
            .OrderBy(p => p.Part)
            .SelectMany(p => p.Entries)
            .Select(Parse)];
        return new EligibleList(
            [.. Enumerable.Range(0, slots).Select(s => Read(s, false))],
            [.. Enumerable.Range(0, slots).Select(s => Read(s, true))],
            fallbackPoolId);
    }

    public static Candidate Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var space = entry.LastIndexOf(' ');
        return new Candidate(entry[..space], Experts.RegionCode.Parse(entry[(space + 1)..]));
    }

    private static IEnumerable<EligibleListRecorded> Parts(int round, int slot, bool fallback, IReadOnlyList<Candidate> candidates)
    {
        var part = 0;
        var entries = ImmutableArray.CreateBuilder<string>();
        var bytes = 0;
        foreach (var c in candidates)
        {
            var entry = c.Entry;
            var size = Encoding.UTF8.GetByteCount(entry) + 4;
            if (bytes + size > MaxPartBytes && entries.Count > 0)
            {
                yield return new EligibleListRecorded(round, slot, fallback, part++, entries.ToImmutable());
                entries.Clear();
                bytes = 0;
            }

            entries.Add(entry);
            bytes += size;
        }

        if (entries.Count > 0)
        {
            yield return new EligibleListRecorded(round, slot, fallback, part, entries.ToImmutable());
        }
    }
}
