using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Storage.Chain;

/// <summary>
/// The per-stream hash chain (哈希链). Each event's hash covers the previous hash and every stored
/// field, each length-prefixed so that no two different events can produce the same input:
/// <code>
/// SHA-256( prev_hash[32] ‖ len‖stream_id ‖ version:i64 ‖ len‖type ‖ recorded_at:i64 µs since 1970 UTC ‖ len‖data ‖ len‖metadata )
/// </code>
/// Lengths are big-endian u32, integers big-endian, strings UTF-8. The first event's prev_hash is 32 zero bytes.
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
        ReadOnlySpan<byte> metadata)
    {
        if (previousHash.Length != HashSize)
        {
            throw new ArgumentException($"A previous hash is {HashSize} bytes, not {previousHash.Length}.", nameof(previousHash));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        hash.AppendData(previousHash);
        AppendString(hash, streamId);
        BinaryPrimitives.WriteInt64BigEndian(number, version);
        hash.AppendData(number);
        AppendString(hash, type);
        BinaryPrimitives.WriteInt64BigEndian(number, recordedAtMicros);
        hash.AppendData(number);
        AppendBytes(hash, data);
        AppendBytes(hash, metadata);
        return hash.GetHashAndReset();
    }

    private static void AppendString(IncrementalHash hash, string value) => AppendBytes(hash, Encoding.UTF8.GetBytes(value));

    private static void AppendBytes(IncrementalHash hash, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        hash.AppendData(length);
        hash.AppendData(value);
    }
}
