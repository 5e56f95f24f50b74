using System.Buffers;
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

        // One buffer and one-shot SHA-256: verifying a long session hashes every event, so no per-event hasher objects.
        var streamLength = Encoding.UTF8.GetByteCount(streamId);
        var typeLength = Encoding.UTF8.GetByteCount(type);
        var length = Size + 4 + streamLength + 8 + 4 + typeLength + 8 + 4 + data.Length + 4 + metadata.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var input = rented.AsSpan(0, length);
            var at = 0;
            previousHash.CopyTo(input);
            at += Size;
            at += WriteLengthPrefixed(input[at..], streamId, streamLength);
            BinaryPrimitives.WriteInt64BigEndian(input[at..], version);
            at += 8;
            at += WriteLengthPrefixed(input[at..], type, typeLength);
            BinaryPrimitives.WriteInt64BigEndian(input[at..], recordedAtMicros);
            at += 8;
            at += WriteLengthPrefixed(input[at..], data);
            WriteLengthPrefixed(input[at..], metadata);
            return SHA256.HashData(input);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Microseconds since 1970 UTC, the precision both databases store exactly and the chain hashes.</summary>
    public static long ToMicros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset FromMicros(long micros) => new(DateTimeOffset.UnixEpoch.Ticks + (micros * 10), TimeSpan.Zero);

    private static int WriteLengthPrefixed(Span<byte> output, string value, int byteCount)
    {
        BinaryPrimitives.WriteUInt32BigEndian(output, (uint)byteCount);
        Encoding.UTF8.GetBytes(value, output[4..]);
        return 4 + byteCount;
    }

    private static int WriteLengthPrefixed(Span<byte> output, ReadOnlySpan<byte> value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(output, (uint)value.Length);
        value.CopyTo(output[4..]);
        return 4 + value.Length;
    }
}
