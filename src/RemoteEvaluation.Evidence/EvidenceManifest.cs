using System.Text.Json;
using System.Text.Json.Serialization;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// The manifest of an evidence package (证据包清单), signed by the host centre's key: what the package holds and what
/// the verifier must find when it recomputes everything from the events.
/// </summary>
public sealed record EvidenceManifest(
    string Format,
    string Algorithm,
    EvidenceSession Session,
    EvidenceEventSummary Events,
    IReadOnlyList<EvidenceDocument> Documents,
    IReadOnlyList<EvidenceDraw> Draws,
    IReadOnlyList<EvidenceEntry> Entries,
    EvidenceSigningKey Key,
    DateTimeOffset ExportedAt)
{
    public const string FormatVersion = "re-evidence/1";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads a manifest; throws <see cref="JsonException"/> when the bytes are not one.</summary>
    public static EvidenceManifest FromBytes(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize<EvidenceManifest>(bytes, Options) ?? throw new JsonException("The manifest is empty.");
}

/// <summary>The session (评标会) the package is the evidence of.</summary>
public sealed record EvidenceSession(string Id, string StreamId, string? ProjectCode, string? ProjectName, string? HostSiteId, string? Phase);

/// <summary>The session stream's events: how many of each type, the first and last recorded time, the final hash.</summary>
public sealed record EvidenceEventSummary(
    long Count,
    IReadOnlyDictionary<string, long> ByType,
    DateTimeOffset? FirstTime,
    DateTimeOffset? LastTime,
    long LastVersion,
    string FinalHash);

/// <summary>A document hash (文件哈希) recorded in an event: any field named <c>sha256</c> or ending in <c>Sha256</c>.</summary>
public sealed record EvidenceDocument(long Version, string Type, string Field, string Sha256);

/// <summary>
/// An expert draw (专家抽取) of the session: its stream is in the package as <c>draws/{drawId}.jsonl</c>; the revealed
/// seed (secret), its commitment and each round's supervisor value are the inputs the draw is re-run from.
/// </summary>
public sealed record EvidenceDraw(
    string DrawId,
    string Entry,
    long Count,
    string FinalHash,
    string SecretCommitment,
    string? RevealedSecret,
    IReadOnlyList<EvidenceDrawRound> Rounds);

/// <summary>One round of a draw: the supervisor's value and the snapshot hash it was drawn from.</summary>
public sealed record EvidenceDrawRound(int Round, string SupervisorValue, string SnapshotHash);

/// <summary>A file of the package and the SHA-256 of its exact bytes.</summary>
public sealed record EvidenceEntry(string Name, long Bytes, string Sha256);

/// <summary>The host centre's public key (主场签名公钥) the manifest is signed with, as SubjectPublicKeyInfo PEM.</summary>
public sealed record EvidenceSigningKey(string SiteId, string Algorithm, string PublicKeyPem, string Fingerprint);
