using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The random numbers of a draw (抽取随机数流), fully determined by the seed and a label:
/// block <c>k</c> = HMAC-SHA-256(key = seed, message = UTF-8("re-draw/v1|" + label + "|") ‖ k as 8 bytes big-endian),
/// for k = 0, 1, 2…; each 32-byte block gives eight 32-bit big-endian numbers, used in order.
/// </summary>
public sealed class DrawStream : IDisposable
{
    private readonly HMACSHA256 hmac;
    private readonly byte[] message;
    private readonly byte[] block = new byte[32];
    private ulong counter;
    private int used = 32;

    public DrawStream(ReadOnlySpan<byte> seed, string label)
    {
        hmac = new HMACSHA256(seed.ToArray());
        var prefix = Encoding.UTF8.GetBytes($"re-draw/v1|{label}|");
        message = new byte[prefix.Length + 8];
        prefix.CopyTo(message, 0);
    }

    /// <summary>The next 32-bit number of the stream.</summary>
    public uint NextUInt32()
    {
        if (used == 32)
        {
            BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(message.Length - 8), counter++);
            hmac.TryComputeHash(message, block, out _);
            used = 0;
        }

        var value = BinaryPrimitives.ReadUInt32BigEndian(block.AsSpan(used, 4));
        used += 4;
        return value;
    }

    /// <summary>
    /// A uniform number in [0, <paramref name="bound"/>): numbers at or above the largest multiple of the
    /// bound below 2^32 are thrown away and the next one is taken (rejection sampling, so no modulo bias).
    /// </summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        var limit = (uint)(0x1_0000_0000UL - (0x1_0000_0000UL % (uint)bound));
        while (true)
        {
            var value = NextUInt32();
            if (limit == 0 || value < limit)
            {
                return (int)(value % (uint)bound);
            }
        }
    }

    /// <summary>
    /// The first <paramref name="take"/> items of a Fisher–Yates shuffle of <paramref name="items"/>:
    /// for i = 0, 1…, swap position i with i + NextBelow(n − i). The prefix of a longer take is the same.
    /// </summary>
    public IReadOnlyList<T> ShufflePrefix<T>(IReadOnlyList<T> items, int take)
    {
        ArgumentNullException.ThrowIfNull(items);
        var n = items.Count;
        var index = new int[n];
        for (var i = 0; i < n; i++)
        {
            index[i] = i;
        }

        var count = Math.Min(take, n);
        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            var j = i + NextBelow(n - i);
            (index[i], index[j]) = (index[j], index[i]);
            result[i] = items[index[i]];
        }

        return result;
    }

    public void Dispose() => hmac.Dispose();
}
