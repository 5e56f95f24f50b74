namespace RemoteEvaluation.Domain.Blind;

/// <summary>
/// A small, fully specified pseudo-random sequence (SplitMix64). Used instead of <see cref="Random"/> because
/// an auditor must be able to re-run the blind assignment from the recorded seed on any runtime, forever.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Below(int bound) => (int)(Next() % (ulong)bound);
}
