using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Demo;

/// <summary>The demo session a fresh server schedules: ZJ-2026-001 with the bid documents of <c>samples/demo-province</c>.</summary>
public sealed class DemoSessionTests
{
    private static readonly JsonElement Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "demo-province", "documents.json"))).RootElement;

    [Fact]
    public async Task the_first_start_registers_every_demo_document_with_the_bytes_of_its_pdf()
    {
        await using var server = new ServerFactory { LoadSession = true };
        server.UseKestrel(0);
        server.StartServer();
        using var host = await server.SignedInAsync("host.hz");
        var sessionId = Manifest.GetProperty("sessionId").GetString();

        var listed = (await (await host.GetAsync(new Uri($"/api/sessions/{sessionId}/documents", UriKind.Relative), Api.Cancel)).JsonAsync()).EnumerateArray().ToList();

        var expected = Manifest.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(expected.Select(d => d.GetProperty("documentId").GetString()), listed.Select(d => d.GetProperty("documentId").GetString()));
        foreach (var document in listed)
        {
            var response = await host.GetAsync(new Uri(document.GetProperty("url").GetString()!, UriKind.Relative), Api.Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync(Api.Cancel);
            Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(expected.Single(e => e.GetProperty("documentId").GetString() == document.GetProperty("documentId").GetString()).GetProperty("sha256").GetString(), document.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public void every_demo_bid_has_its_three_parts_and_technical_ids_do_not_name_the_bidder()
    {
        var documents = Manifest.GetProperty("documents").EnumerateArray().ToList();

        foreach (var bid in Manifest.GetProperty("bids").EnumerateArray())
        {
            var bidder = bid.GetProperty("bidderId").GetString()!;
            var parts = documents.Where(d => d.GetProperty("bidderId").ValueKind == JsonValueKind.String && d.GetProperty("bidderId").GetString() == bidder).ToList();
            Assert.Equal(["qualification", "technical", "commercial"], parts.Select(d => d.GetProperty("part").GetString()));
            var technical = parts.Single(d => d.GetProperty("part").GetString() == "technical");
            Assert.DoesNotContain(bidder.Replace("-", string.Empty, StringComparison.Ordinal), technical.GetProperty("documentId").GetString()!, StringComparison.Ordinal);
            Assert.DoesNotContain(bid.GetProperty("bidderName").GetString()!, technical.GetProperty("title").GetString()!, StringComparison.Ordinal);
            Assert.All(parts, d => Assert.True(d.GetProperty("pages").GetInt32() >= 3, $"{d.GetProperty("documentId")} has fewer than 3 pages"));
        }
    }

    [Fact]
    public void every_demo_pdf_embeds_the_subset_of_its_chinese_font()
    {
        // pdf.js renders an embedded font by itself; a font only named in the PDF would need the reader's system fonts.
        foreach (var document in Manifest.GetProperty("documents").EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "demo-province", document.GetProperty("file").GetString()!));
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
            Assert.Matches(@"/BaseFont /[A-Z]{6}\+", text);
        }
    }
}
