namespace RemoteEvaluation.Evidence;

/// <summary>
/// How much of a package <see cref="EvidenceVerifier"/> reads into memory (证据包读取上限). A zip states each entry's
/// size itself, and a hostile one can claim gigabytes; an entry over <see cref="MaxEntryBytes"/>, or entries over
/// <see cref="MaxTotalBytes"/> together, are refused as <see cref="EvidenceProblems.TooLarge"/> before anything is read;
/// a directory of more than <see cref="MaxEntries"/> entries is refused as <see cref="EvidenceProblems.TooManyEntries"/>
/// before the directory itself is read.
/// </summary>
public sealed record EvidenceReadLimits
{
    /// <summary>256 MiB an entry and 512 MiB in all: far above a real session (its events are a few MiB), far below what hurts.</summary>
    public static EvidenceReadLimits Default { get; } = new();

    /// <summary>The largest entry read, in bytes (at most <see cref="Array.MaxLength"/>).</summary>
    public long MaxEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most bytes read from all entries together.</summary>
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The most entries read: a package holds three entries and one per draw, so 10,000 is far above a real one and far
    /// below a directory whose entry objects alone would fill memory.
    /// </summary>
    public int MaxEntries { get; init; } = 10_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntryBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxEntryBytes, Array.MaxLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTotalBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntries);
    }
}
