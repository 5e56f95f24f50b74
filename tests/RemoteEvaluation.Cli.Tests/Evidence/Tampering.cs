using System.IO.Compression;
using System.Text;
using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary>Rewrites entries of a package the way someone tampering with it would, leaving everything else as it was.</summary>
internal static class Tampering
{
    public static Dictionary<string, byte[]> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public static byte[] With(byte[] package, string entry, Func<byte[], byte[]> change)
    {
        var entries = Entries(package);
        entries[entry] = change(entries[entry]);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>Changes the lines of events.jsonl (each without its newline).</summary>
    public static byte[] WithEventLines(byte[] package, Func<List<string>, List<string>> change) =>
        With(package, EvidencePackage.EventsEntry, bytes =>
        {
            var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            return Encoding.UTF8.GetBytes(string.Concat(change(lines).Select(l => l + "\n")));
        });

    /// <summary>Rewrites one event line with <paramref name="change"/> applied to the event it holds.</summary>
    public static string Rewrite(string line, Func<EvidenceEvent, EvidenceEvent> change)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        EventLines.Write(buffer, change(EventLines.Read(Encoding.UTF8.GetBytes(line))));
        return Encoding.UTF8.GetString(buffer.WrittenSpan).TrimEnd('\n');
    }

    public static EvidenceVerification Verify(byte[] package, string? pinnedKeyPem = null) =>
        EvidenceVerifier.Verify(new MemoryStream(package), pinnedKeyPem);
}
