using RemoteEvaluation.Domain.Chain;

namespace RemoteEvaluation.Storage.Chain;

/// <summary>
/// The per-stream hash chain (哈希链). Each event's hash covers the previous hash and every stored
/// field, each length-prefixed so that no two different events can produce the same input:
/// <code>
/// SHA-256( prev_hash[32] ‖ len‖stream_id ‖ version:i64 ‖ len‖type ‖ recorded_at:i64 µs since 1970 UTC ‖ len‖data ‖ len‖metadata )
/// </code>
/// Lengths are big-endian u32, integers big-endian, strings UTF-8. The first event's prev_hash is 32 zero bytes.
/// The formula itself is <see cref="EventHash"/> in the domain, shared with the offline evidence verifier.
/// </summary>
public static class HashChain
{
    public const int HashSize = 32;

    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[HashSize];

    public static byte[] Compute(
        ReadOnlySpan<byte> previousHash,
        string streamId,
        long version,
        string type,
        long recordedAtMicros,
        ReadOnlySpan<byte> data,
        ReadOnlySpan<byte> metadata) =>
        EventHash.Compute(previousHash, streamId, version, type, recordedAtMicros, data, metadata);
}
