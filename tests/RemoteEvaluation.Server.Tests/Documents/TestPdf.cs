using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RemoteEvaluation.Server.Tests.Documents;

/// <summary>Small, well-formed PDFs made by the test: one uncompressed page object per page, so the server can count them.</summary>
internal static class TestPdf
{
    public static byte[] WithPages(int pages, string text = "test")
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{3 + i} 0 R"));
        body.Append("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        body.Append(CultureInfo.InvariantCulture, $"2 0 obj << /Type /Pages /Kids [{kids}] /Count {pages} >> endobj\n");
        for (var i = 0; i < pages; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"{3 + i} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n");
        }

        // A comment makes each test's bytes (and so its hash) its own.
        body.Append(CultureInfo.InvariantCulture, $"% {text} {Guid.NewGuid():N}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
