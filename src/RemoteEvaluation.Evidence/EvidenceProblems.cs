namespace RemoteEvaluation.Evidence;

/// <summary>
/// The stable codes of what <see cref="EvidenceVerifier"/> finds wrong in a package (证据包校验问题), checked in the
/// order listed: the first one found is the one reported.
/// </summary>
public static class EvidenceProblems
{
    /// <summary>Not a zip, an entry of the format missing, or a manifest that is not one.</summary>
    public const string Unreadable = "evidence.unreadable";

    /// <summary>The zip states more entries than the verifier's <see cref="EvidenceReadLimits.MaxEntries"/>; its directory is not read.</summary>
    public const string TooManyEntries = "evidence.too_many_entries";

    /// <summary>An entry, or all entries together, would be larger than the verifier's <see cref="EvidenceReadLimits"/>; nothing more is read.</summary>
    public const string TooLarge = "evidence.too_large";

    /// <summary>The manifest's key is not the key the verifier was told to expect (<c>--key</c>).</summary>
    public const string WrongKey = "evidence.wrong_key";

    /// <summary>The signature does not verify over the manifest's bytes with the manifest's key: the manifest was edited or the signature swapped.</summary>
    public const string BadSignature = "evidence.bad_signature";

    /// <summary>A line of a stream is not an event (bad JSON, a missing field, a position out of step).</summary>
    public const string MalformedEvent = "evidence.malformed_event";

    /// <summary>A line holds an event of another stream than the one its file is for.</summary>
    public const string WrongStream = "evidence.wrong_stream";

    /// <summary>A version is missing: the next line holds a later version and the expected one is nowhere after it.</summary>
    public const string EventMissing = "evidence.event_missing";

    /// <summary>Versions are out of order: the expected version is further down the file.</summary>
    public const string EventsReordered = "evidence.events_reordered";

    /// <summary>A version appears again.</summary>
    public const string EventRepeated = "evidence.event_repeated";

    /// <summary>An event's previous hash is not the hash of the event before it.</summary>
    public const string BrokenLink = "evidence.broken_link";

    /// <summary>An event's hash, recomputed from its exact bytes, is not the hash it carries.</summary>
    public const string HashMismatch = "evidence.hash_mismatch";

    /// <summary>The events do not give the manifest's count, counts by type, first or last time, last version or final hash.</summary>
    public const string ManifestMismatch = "evidence.manifest_mismatch";

    /// <summary>The document hashes found in the events are not the manifest's.</summary>
    public const string DocumentMismatch = "evidence.document_mismatch";

    /// <summary>A draw does not re-run to its record, or its seed and inputs differ from the manifest's.</summary>
    public const string DrawMismatch = "evidence.draw_mismatch";

    /// <summary>An entry's bytes do not hash to the manifest's entry hash, or an entry is missing or not listed.</summary>
    public const string EntryMismatch = "evidence.entry_mismatch";
}

/// <summary>The first problem found: its code, a sentence for people, and where it is.</summary>
public sealed record EvidenceProblem(string Code, string Message, string? Entry = null, long? Position = null, long? Version = null)
{
    public override string ToString() =>
        $"{Code}{(Entry is null ? "" : $" in {Entry}")}{(Position is null ? "" : $" at line {Position}")}{(Version is null ? "" : $" (version {Version})")}: {Message}";
}

/// <summary>The verdict on a package: intact, or the first problem.</summary>
public sealed record EvidenceVerification(EvidenceProblem? Problem, EvidenceManifest? Manifest)
{
    public bool Intact => Problem is null;
}
