using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Documents;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Documents;

/// <summary><c>POST /api/sessions/{id}/documents</c> on real Kestrel: who may upload, what is checked, what is stored.</summary>
public sealed class DocumentUploadTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Server => fixture.Server;

    private IBlobStore Blobs => Server.Services.GetRequiredService<IBlobStore>();

    private async Task<ISessionGrain> ScheduledAsync(string sessionId) => await LiveSession.ScheduledAsync(Server.Grains, sessionId);

    [Fact]
    public async Task host_staff_upload_a_pdf_and_it_is_stored_and_registered_under_its_sha256()
    {
        var session = await ScheduledAsync("upload-ok");
        var pdf = TestPdf.WithPages(3);
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await host.UploadAsync("upload-ok", pdf, "q-alpha", "qualification", "资格审查文件", "bidder-alpha");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(TestPdf.Sha256(pdf), body.GetProperty("sha256").GetString());
        Assert.Equal(3, body.GetProperty("pages").GetInt32());
        Assert.Equal("/api/sessions/upload-ok/documents/q-alpha", response.Headers.Location?.OriginalString);
        Assert.Equal(pdf, await Blobs.GetAsync(TestPdf.Sha256(pdf), Wire.Cancel));
        var registered = (await session.GetSnapshotAsync()).State.Document("q-alpha");
        Assert.Equal(("bidder-alpha", DocumentPart.Qualification, (long)pdf.Length), (registered?.BidderId, registered?.Part, registered?.Bytes));
    }

    [Fact]
    public async Task an_application_pdf_body_takes_its_metadata_from_the_query_string()
    {
        var session = await ScheduledAsync("upload-raw");
        var pdf = TestPdf.WithPages(2);
        using var host = await Server.AsStaffAsync("host.hz");
        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var response = await host.PostAsync(new Uri($"{DocumentApi.Documents("upload-raw")}?documentId=tender&part=tender&title=%E6%8B%9B%E6%A0%87%E6%96%87%E4%BB%B6", UriKind.Relative), content, Wire.Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("招标文件", (await session.GetSnapshotAsync()).State.Document("tender")?.Title);
    }

    [Fact]
    public async Task uploading_the_same_document_again_answers_ok_and_records_nothing()
    {
        var session = await ScheduledAsync("upload-twice");
        var pdf = TestPdf.WithPages(1);
        using var host = await Server.AsStaffAsync("host.hz");
        Assert.Equal(HttpStatusCode.Created, (await host.UploadAsync("upload-twice", pdf, "tender", "tender", "招标文件")).StatusCode);
        var version = (await session.GetSnapshotAsync()).Version;

        var again = await host.UploadAsync("upload-twice", pdf, "tender", "tender", "招标文件");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(version, (await session.GetSnapshotAsync()).Version);
    }

    [Fact]
    public async Task other_bytes_under_a_registered_id_are_refused()
    {
        await ScheduledAsync("upload-taken");
        using var host = await Server.AsStaffAsync("host.hz");
        await host.UploadAsync("upload-taken", TestPdf.WithPages(1), "tender", "tender", "招标文件");

        var response = await host.UploadAsync("upload-taken", TestPdf.WithPages(1), "tender", "tender", "招标文件");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(DocumentRejections.IdTaken, (await response.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_file_that_is_not_a_pdf_is_refused_and_nothing_is_stored()
    {
        var session = await ScheduledAsync("upload-not-pdf");
        var notPdf = "<html>not a pdf</html>"u8.ToArray();
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await host.UploadAsync("upload-not-pdf", notPdf, "tender", "tender", "招标文件");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(DocumentUploadRejections.NotPdf, (await response.ProblemAsync()).Title);
        Assert.Null(await Blobs.GetAsync(TestPdf.Sha256(notPdf), Wire.Cancel));
        Assert.Empty((await session.GetSnapshotAsync()).State.Documents);
    }

    [Fact]
    public async Task a_body_of_another_media_type_is_refused()
    {
        await ScheduledAsync("upload-text");
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await host.PostAsync(new Uri(DocumentApi.Documents("upload-text") + "?documentId=t&part=tender&title=x", UriKind.Relative), new StringContent("%PDF-1.4"), Wire.Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(DocumentUploadRejections.NotPdf, (await response.ProblemAsync()).Title);
    }

    [Fact]
    public async Task a_form_without_the_file_or_with_an_unknown_part_is_refused()
    {
        await ScheduledAsync("upload-form");
        using var host = await Server.AsStaffAsync("host.hz");
        using var noFile = new MultipartFormDataContent { { new StringContent("tender"), "documentId" }, { new StringContent("tender"), "part" } };

        var withoutFile = await host.PostAsync(new Uri(DocumentApi.Documents("upload-form"), UriKind.Relative), noFile, Wire.Cancel);
        var unknownPart = await host.UploadAsync("upload-form", TestPdf.WithPages(1), "tender", "annex", "附件");

        Assert.Equal(DocumentUploadRejections.InvalidUpload, (await withoutFile.ProblemAsync()).Title);
        Assert.Equal(DocumentUploadRejections.InvalidUpload, (await unknownPart.ProblemAsync()).Title);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPart.StatusCode);
    }

    [Fact]
    public async Task a_pdf_whose_pages_cannot_be_counted_needs_the_page_count()
    {
        await ScheduledAsync("upload-pages");
        var compressed = "%PDF-1.7\n1 0 obj << /Type /ObjStm /N 3 >> stream\nx\nendstream endobj\n%%EOF\n"u8.ToArray();
        using var host = await Server.AsStaffAsync("host.hz");

        var without = await host.UploadAsync("upload-pages", compressed, "tender", "tender", "招标文件");
        var with = await host.UploadAsync("upload-pages", compressed, "tender", "tender", "招标文件", pages: "40");

        Assert.Equal(DocumentUploadRejections.PagesUnknown, (await without.ProblemAsync()).Title);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        Assert.Equal(40, (await with.JsonAsync()).GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task a_document_the_rules_refuse_leaves_no_bytes_behind()
    {
        var session = await ScheduledAsync("upload-refused");
        var pdf = TestPdf.WithPages(2);
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await host.UploadAsync("upload-refused", pdf, "q-zeta", "qualification", "资格审查文件", "bidder-zeta");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DocumentRejections.UnknownBidder, (await response.ProblemAsync()).Title);
        Assert.Null(await Blobs.GetAsync(TestPdf.Sha256(pdf), Wire.Cancel));
        Assert.Empty((await session.GetSnapshotAsync()).State.Documents);
    }

    [Fact]
    public async Task nobody_but_host_staff_uploads()
    {
        await LiveSession.ScoringAsync(Server.Grains, "upload-roles");
        var refused = new List<(string Who, HttpStatusCode Status)>();
        foreach (var who in new[] { "staff.nb", "coordinator", "supervisor", "auditor", "admin" })
        {
            using var client = await Server.AsStaffAsync(who);
            refused.Add((who, (await client.UploadAsync("upload-roles", TestPdf.WithPages(1), "tender", "tender", "招标文件")).StatusCode));
        }

        using var expert = Server.AsMember("upload-roles", "e2", LiveSession.NingboSite);
        refused.Add(("e2", (await expert.UploadAsync("upload-roles", TestPdf.WithPages(1), "tender", "tender", "招标文件")).StatusCode));
        using var anonymous = Server.Anonymous();
        refused.Add(("anonymous", (await anonymous.UploadAsync("upload-roles", TestPdf.WithPages(1), "tender", "tender", "招标文件")).StatusCode));

        Assert.All(refused.SkipLast(1), r => Assert.Equal((r.Who, HttpStatusCode.Forbidden), r));
        Assert.Equal(HttpStatusCode.Unauthorized, refused[^1].Status);
    }

    [Fact]
    public async Task a_suspended_session_registers_no_document()
    {
        var session = await ScheduledAsync("upload-closed");
        await LiveSession.RunAsync(session, new SuspendSession(LiveSession.Host, "Power cut"));
        using var host = await Server.AsStaffAsync("host.hz");

        var response = await host.UploadAsync("upload-closed", TestPdf.WithPages(1), "tender", "tender", "招标文件");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(SessionRejections.Suspended, (await response.ProblemAsync()).Title);
    }
}
