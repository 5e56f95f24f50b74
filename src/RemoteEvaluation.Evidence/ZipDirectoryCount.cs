using System.Buffers.Binary;

namespace RemoteEvaluation.Evidence;

/// <summary>
/// The number of entries a zip's end-of-central-directory record states (中央目录条目数), read before
/// <see cref="System.IO.Compression.ZipArchive"/> builds an object for every entry: a hostile directory of millions of
/// empty entries would cost gigabytes before any entry could be counted. The framework refuses a directory holding
/// another number of entries than the record states, so the stated number bounds what it reads.
/// </summary>
internal static class ZipDirectoryCount
{
    private const uint EndRecord = 0x06054b50;
    private const uint Zip64Locator = 0x07064b50;
    private const uint Zip64EndRecord = 0x06064b50;
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The stated number of entries, or null when <paramref name="zip"/> (seekable) has no readable end record.</summary>
    public static ulong? Stated(Stream zip)
    {
        var tailLength = (int)Math.Min(zip.Length, EndRecordLength + MaxCommentLength);
        if (tailLength < EndRecordLength)
        {
            return null;
        }

        var tail = ReadAt(zip, zip.Length - tailLength, tailLength);
        for (var at = tailLength - EndRecordLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndRecord)
            {
                continue;
            }

            var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            return entries == ushort.MaxValue ? Zip64Entries(zip, zip.Length - tailLength + at) : entries;
        }

        return null;
    }

    /// <summary>A count of 0xFFFF means "see the Zip64 record", found through the locator just before the end record.</summary>
    private static ulong? Zip64Entries(Stream zip, long endRecordAt)
    {
        if (endRecordAt < 20)
        {
            return ushort.MaxValue;
        }

        var locator = ReadAt(zip, endRecordAt - 20, 20);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64Locator)
        {
            return ushort.MaxValue;
        }

        var recordAt = BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8));
        if (recordAt > (ulong)(zip.Length - 56))
        {
            return null;
        }

        var record = ReadAt(zip, (long)recordAt, 56);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndRecord ? BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32)) : null;
    }

    private static byte[] ReadAt(Stream zip, long position, int length)
    {
        var bytes = new byte[length];
        zip.Position = position;
        zip.ReadExactly(bytes);
        return bytes;
    }
}
