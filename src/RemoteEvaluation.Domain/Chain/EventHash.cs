using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Domain.Chain;

/// <summary>
/// The formula of the per-stream hash chain (哈希链), here so that the store and the offline evidence verifier compute
/// the same bytes. Each event's hash covers the previous hash and every stored field, each length-prefixed so that no
/// two different events can produce the same input:
/// <code>
/// SHA-256( prev_hash[32] ‖ len‖stream_id ‖ version:i64 ‖ len‖type ‖ recorded_at:i64 µs since 1970 UTC ‖ len‖data ‖ len‖metadata )
/// </code>
/// Lengths are big-endian u32, integers big-endian, strings UTF-8. The first event's prev_hash is 32 zero bytes.
/// </summary>
public static class EventHash
{
    public const int Size = 32;

    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[Size];

    public static byte[] Compute(
        ReadOnlySpan<byte> previousHash,
        string streamId,
        long version,
        string type,
        long recordedAtMicros,
        ReadOnlySpan<byte> data,
        ReadOnlySpan<byte> metadata)
    {
        if (previousHash.Length != Size)
        {
            throw new ArgumentException($"A previous hash is {Size} bytes, not {previousHash.Length}.", nameof(previousHash));
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

    /// <summary>Microseconds since 1970 UTC, the precision both databases store exactly and the chain hashes.</summary>
    public static long ToMicros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset FromMicros(long micros) => new(DateTimeOffset.UnixEpoch.Ticks + (micros * 10), TimeSpan.Zero);

    private static void AppendString(IncrementalHash hash, string value) => AppendBytes(hash, Encoding.UTF8.GetBytes(value));

    private static void AppendBytes(IncrementalHash hash, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        hash.AppendData(length);
        hash.AppendData(value);
    }
}
