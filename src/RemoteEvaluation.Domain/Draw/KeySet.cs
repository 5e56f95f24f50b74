namespace RemoteEvaluation.Domain.Draw;

/// <summary>A set of ids looked up by a precomputed hash code, then confirmed by ordinal equality.</summary>
internal sealed class KeySet
{
    private readonly Dictionary<int, string[]> byHash;

    // Two bits per id in 64: most ids that are not in the set are turned away by one AND, before any lookup.
    private readonly ulong filter;

    public KeySet(IEnumerable<string> ids)
    {
        byHash = ids.Distinct(StringComparer.Ordinal).GroupBy(DrawProfile.Hash).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var hash in byHash.Keys)
        {
            filter |= Bits(hash);
        }
    }

    /// <summary>Whether an id with this hash code can be in the set (no string is read).</summary>
    public bool MayContain(int hash)
    {
        var bits = Bits(hash);
        return (filter & bits) == bits && byHash.ContainsKey(hash);
    }

    /// <summary>Whether <c>ids[index]</c>, whose hash code is <paramref name="hash"/>, is in the set; the string is read only on a hash match.</summary>
    public bool Contains(int hash, string[] ids, int index)
    {
        var bits = Bits(hash);
        if ((filter & bits) != bits || !byHash.TryGetValue(hash, out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, ids[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Bits(int hash) => (1UL << (hash & 63)) | (1UL << ((hash >> 6) & 63));
}
