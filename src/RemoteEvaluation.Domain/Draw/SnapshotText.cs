using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>Feeds lines of space-separated words to SHA-256 through one buffer, without a string per line.</summary>
internal sealed class SnapshotText : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = new byte[64 * 1024];
    private int used;

    public void Line(params ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var max = Encoding.UTF8.GetMaxByteCount(words[i].Length) + 1;
            if (used + max > buffer.Length)
            {
                Flush();
            }

            used += Encoding.UTF8.GetBytes(words[i], buffer.AsSpan(used));
            buffer[used++] = (byte)(i == words.Length - 1 ? '\n' : ' ');
        }
    }

    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose() => hash.Dispose();

    private void Flush()
    {
        hash.AppendData(buffer, 0, used);
        used = 0;
    }
}
