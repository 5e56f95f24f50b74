using System.Text;
using System.Text.RegularExpressions;

namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// The little the server checks of an uploaded PDF (PDF 文件检查): the header and end-of-file marker, and the page count
/// where the page objects are readable without decompressing (no object streams). It is not a PDF parser; pdf.js
/// renders the file, and its hash, not its structure, is what the record keeps.
/// </summary>
public static partial class PdfFile
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Starts with <c>%PDF-</c> and has <c>%%EOF</c> in its last kilobyte.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content.StartsWith("%PDF-"u8))
        {
            return false;
        }

        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>The number of page objects (<c>/Type /Page</c>), or null when none is readable (compressed object streams).</summary>
    public static int? CountPages(ReadOnlySpan<byte> content)
    {
        var count = PageObject().Count(Latin1.GetString(content));
        return count > 0 ? count : null;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PageObject();
}
