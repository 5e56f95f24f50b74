using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Documents;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Documents;

/// <summary>
/// <c>GET /api/sessions/{id}/documents[/{documentId}]</c> on real Kestrel: each role lists and downloads what the
/// visibility rules let it see, with the SHA-256 as an immutable ETag and byte ranges.
/// </summary>
public sealed class DocumentDownloadTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Server => fixture.Server;

    /// <summary>A session in scoring with a tender document and the three parts of alpha's bid; blind when asked.</summary>
    private async Task<Dictionary<string, byte[]>> SessionWithDocumentsAsync(string sessionId, bool blind = false)
    {
        await LiveSession.ScoringAsync(Server.Grains, sessionId, blind);
        var documents = new Dictionary<string, byte[]>
        {
            ["tender"] = TestPdf.WithPages(4, "tender"),
            ["q-01"] = TestPdf.WithPages(2, "qualification"),
            ["t-01"] = TestPdf.WithPages(5, "technical"),
            ["c-01"] = TestPdf.WithPages(3, "commercial"),
        };
        using var host = await Server.AsStaffAsync("host.hz");
        foreach (var (id, pdf) in documents)
        {
            var (part, bidder) = id switch
            {
                "tender" => ("tender", null),
                "q-01" => ("qualification", "bidder-alpha"),
                "t-01" => ("technical", "bidder-alpha"),
                _ => ("commercial", (string?)"bidder-alpha"),
            };
            var response = await host.UploadAsync(sessionId, pdf, id, part, $"Alpha Construction {part}", bidder);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return documents;
    }

    private static async Task<List<string>> ListedAsync(HttpClient client, string sessionId)
    {
        var response = await client.GetAsync(new Uri(DocumentApi.Documents(sessionId), UriKind.Relative), Wire.Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).EnumerateArray().Select(d => $"{d.GetProperty("documentId").GetString()} {Text(d, "bidderId")} {d.GetProperty("title").GetString()}")];
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? "-" : e.GetProperty(name).GetString()!;

    private static Task<HttpResponseMessage> DownloadAsync(HttpClient client, string sessionId, string documentId, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{DocumentApi.Documents(sessionId)}/{documentId}");
        headers?.Invoke(request.Headers);
        return client.SendAsync(request, Wire.Cancel);
    }

    [Fact]
    public async Task host_staff_download_the_exact_bytes_with_the_sha256_as_an_immutable_etag()
    {
        var documents = await SessionWithDocumentsAsync("download-host");
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await DownloadAsync(host, "download-host", "t-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(documents["t-01"], await response.Content.ReadAsByteArrayAsync(Wire.Cancel));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{TestPdf.Sha256(documents["t-01"])}\"", response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl is { Private: true, MaxAge: not null }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Contains("immutable", response.Headers.CacheControl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_cached_copy_is_confirmed_without_the_bytes()
    {
        var documents = await SessionWithDocumentsAsync("download-etag");
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await DownloadAsync(host, "download-etag", "tender", h => h.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{TestPdf.Sha256(documents["tender"])}\"")));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Wire.Cancel));
    }

    [Fact]
    public async Task a_byte_range_is_served_as_partial_content()
    {
        var documents = await SessionWithDocumentsAsync("download-range");
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await DownloadAsync(host, "download-range", "q-01", h => h.Range = new RangeHeaderValue(9, 18));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(documents["q-01"][9..19], await response.Content.ReadAsByteArrayAsync(Wire.Cancel));
        Assert.Equal(documents["q-01"].Length, response.Content.Headers.ContentRange?.Length);
    }

    [Fact]
    public async Task host_staff_and_observers_list_every_document_as_registered()
    {
        await SessionWithDocumentsAsync("list-all", blind: true);
        var expected = new List<string>
        {
            "tender - Alpha Construction tender", "q-01 bidder-alpha Alpha Construction qualification",
            "t-01 bidder-alpha Alpha Construction technical", "c-01 bidder-alpha Alpha Construction commercial",
        };

        foreach (var who in new[] { "host.hz", "supervisor", "auditor", "coordinator" })
        {
            using var client = await Server.AsStaffAsync(who);
            Assert.Equal(expected, await ListedAsync(client, "list-all"));
        }
    }

    [Fact]
    public async Task remote_staff_list_no_document_and_may_download_none()
    {
        await SessionWithDocumentsAsync("list-remote");
        using var nb = await Server.AsStaffAsync("staff.nb");

        var download = await DownloadAsync(nb, "list-remote", "tender");

        Assert.Empty(await ListedAsync(nb, "list-remote"));
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal(DocumentUploadRejections.Hidden, (await download.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_checked_in_expert_lists_and_downloads_every_document_of_an_open_evaluation()
    {
        var documents = await SessionWithDocumentsAsync("list-expert");
        using var expert = Server.AsMember("list-expert", "e2", LiveSession.NingboSite);

        Assert.Equal(4, (await ListedAsync(expert, "list-expert")).Count);
        Assert.Equal(documents["c-01"], await (await DownloadAsync(expert, "list-expert", "c-01")).Content.ReadAsByteArrayAsync(Wire.Cancel));
    }

    [Fact]
    public async Task in_a_blind_evaluation_an_expert_sees_the_technical_bid_under_their_code_and_not_the_commercial_part()
    {
        var documents = await SessionWithDocumentsAsync("list-blind", blind: true);
        var code = (await Server.Grains.GetGrain<Grains.Sessions.ISessionGrain>("list-blind").GetSnapshotAsync()).State.BlindAssignmentOf("e2")!.CodeOf("bidder-alpha");
        using var expert = Server.AsMember("list-blind", "e2", LiveSession.NingboSite);

        var listed = await ListedAsync(expert, "list-blind");
        var technical = await DownloadAsync(expert, "list-blind", "t-01");
        var commercial = await DownloadAsync(expert, "list-blind", "c-01");

        Assert.Equal(["tender - Alpha Construction tender", "q-01 bidder-alpha Alpha Construction qualification", $"t-01 {code} 技术标 {code}"], listed);
        Assert.Equal(documents["t-01"], await technical.Content.ReadAsByteArrayAsync(Wire.Cancel));
        Assert.Equal(HttpStatusCode.Forbidden, commercial.StatusCode);
        Assert.Equal(DocumentUploadRejections.Hidden, (await commercial.ProblemAsync()).Title);
    }

    [Fact]
    public async Task an_expert_of_another_session_may_not_read_these_documents()
    {
        await SessionWithDocumentsAsync("download-other");
        using var stranger = Server.AsMember("some-other-session", "e2", LiveSession.NingboSite);

        var response = await DownloadAsync(stranger, "download-other", "tender");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccessRejections.WrongSession, (await response.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_signed_out_caller_is_asked_to_sign_in()
    {
        await SessionWithDocumentsAsync("download-anonymous");
        using var anonymous = Server.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await DownloadAsync(anonymous, "download-anonymous", "tender")).StatusCode);
    }

    [Fact]
    public async Task an_unregistered_document_or_session_is_not_found()
    {
        await SessionWithDocumentsAsync("download-missing");
        using var host = await Server.AsStaffAsync("host.hz");

        var document = await DownloadAsync(host, "download-missing", "no-such-document");
        var session = await DownloadAsync(host, "no-such-session", "tender");

        Assert.Equal((HttpStatusCode.NotFound, DocumentRejections.NotRegistered), (document.StatusCode, (await document.ProblemAsync()).Title));
        Assert.Equal((HttpStatusCode.NotFound, SessionRejections.NotScheduled), (session.StatusCode, (await session.ProblemAsync()).Title));
    }
}
