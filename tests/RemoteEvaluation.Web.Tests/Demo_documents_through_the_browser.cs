using System.Security.Cryptography;

namespace RemoteEvaluation.Web.Tests;

/// <summary>
/// The demo bid documents reach a browser signed in as host staff: the context's API requests share its sign-in
/// cookie, and the bytes downloaded are the ones whose SHA-256 the session registered.
/// </summary>
public sealed class Demo_documents_through_the_browser(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SessionId = "demo-zj-2026-001";

    [Fact]
    public async Task host_staff_download_a_demo_bid_document_whose_sha256_is_the_registered_one()
    {
        await using var host = await fixture.SignedInAsync("host.hz");

        var list = await host.APIRequest.GetAsync($"/api/sessions/{SessionId}/documents");
        Assert.Equal(200, list.Status);
        var documents = (await list.JsonAsync())!.Value.EnumerateArray().ToList();
        var technical = documents.First(d => d.GetProperty("part").GetString() == "Technical");
        var download = await host.APIRequest.GetAsync(technical.GetProperty("url").GetString()!);

        Assert.Equal(10, documents.Count);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        var bytes = await download.BodyAsync();
        Assert.Equal(technical.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal($"\"{technical.GetProperty("sha256").GetString()}\"", download.Headers["etag"]);
    }

    [Fact]
    public async Task a_signed_out_browser_gets_no_document()
    {
        await using var anonymous = await fixture.NewContextAsync();

        var response = await anonymous.APIRequest.GetAsync($"/api/sessions/{SessionId}/documents/tender");

        Assert.Equal(401, response.Status);
    }
}
