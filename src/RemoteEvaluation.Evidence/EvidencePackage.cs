namespace RemoteEvaluation.Evidence;

/// <summary>The entries of an evidence package (证据包) zip.</summary>
public static class EvidencePackage
{
    /// <summary>The session stream's events, one JSON line each (<see cref="EventLines"/>).</summary>
    public const string EventsEntry = "events.jsonl";

    /// <summary>The signed <see cref="EvidenceManifest"/>.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>The base64 signature over the exact bytes of <see cref="ManifestEntry"/>.</summary>
    public const string SignatureEntry = "manifest.sig";

    /// <summary>The events of one draw of the session.</summary>
    public static string DrawEntry(string drawId) => $"draws/{drawId}.jsonl";
}

/// <summary>What an evidence package is made of: the session's stream and the streams of its draws, in version order.</summary>
public sealed record EvidenceSource(string SessionId, IAsyncEnumerable<EvidenceEvent> SessionEvents, IReadOnlyList<EvidenceDrawSource> Draws);

/// <summary>One draw (专家抽取) of the session and its stream.</summary>
public sealed record EvidenceDrawSource(string DrawId, IAsyncEnumerable<EvidenceEvent> Events);
