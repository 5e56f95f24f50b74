using System.Buffers.Binary;
using System.Text;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>
/// Rewrites the uncompressed size a zip states for one entry (in its local header and its central directory record),
/// leaving its bytes as they are: a package that claims an entry far larger than it holds.
/// </summary>
internal static class HostileZip
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralRecord = 0x02014b50;

    public static byte[] Claiming(byte[] zip, string entry, uint uncompressedSize)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeAt, nameLengthAt, nameAt) = signature switch
            {
                LocalHeader => (22, 26, 30),
                CentralRecord => (24, 28, 46),
                _ => (-1, -1, -1),
            };
            if (sizeAt >= 0
                && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + nameLengthAt)) == name.Length
                && i + nameAt + name.Length <= bytes.Length
                && bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), uncompressedSize);
                patched++;
            }
        }

        Assert.Equal(2, patched); // the local header and the central directory record, nothing else
        return bytes;
    }
}

/// <summary>Rewrites the number of entries a zip's end-of-central-directory record states (on this disk and in all).</summary>
internal static class HostileDirectory
{
    private const uint EndRecord = 0x06054b50;

    public static byte[] Stating(byte[] zip, ushort entries)
    {
        var bytes = (byte[])zip.Clone();
        var at = bytes.Length - 22;
        while (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != EndRecord)
        {
            at--;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 8), entries);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 10), entries);
        return bytes;
    }

    /// <summary>A zip of <paramref name="count"/> empty entries: tiny on disk, one directory record each.</summary>
    public static byte[] OfEmptyEntries(int count)
    {
        using var buffer = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                archive.CreateEntry($"e{i}");
            }
        }

        return buffer.ToArray();
    }
}
