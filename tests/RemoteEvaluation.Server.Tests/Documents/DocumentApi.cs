using System.Net.Http.Headers;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Documents;

/// <summary>HTTP clients of the document endpoints on the real Kestrel server, signed in as each kind of caller.</summary>
internal static class DocumentApi
{
    public static Uri Base(this LiveServer server) => new(server.HubUrl, "/");

    public static async Task<HttpClient> AsStaffAsync(this LiveServer server, string username) => Client(server, await server.StaffTokenAsync(username));

    public static HttpClient AsMember(this LiveServer server, string sessionId, string personId, string siteId, ActorRole role = ActorRole.Expert) =>
        Client(server, server.MemberToken(sessionId, personId, siteId, role));

    public static HttpClient Anonymous(this LiveServer server) => Client(server, null);

    public static string Documents(string sessionId) => $"/api/sessions/{sessionId}/documents";

    /// <summary>A multipart upload: the metadata fields and the PDF as the <c>file</c> part.</summary>
    public static Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string sessionId, byte[] pdf, string documentId, string part, string title, string? bidderId = null, string? pages = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(documentId), "documentId" },
            { new StringContent(part), "part" },
            { new StringContent(title), "title" },
        };
        if (bidderId is not null)
        {
            form.Add(new StringContent(bidderId), "bidderId");
        }

        if (pages is not null)
        {
            form.Add(new StringContent(pages), "pages");
        }

        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", $"{documentId}.pdf");
        return client.PostAsync(new Uri(Documents(sessionId), UriKind.Relative), form, Wire.Cancel);
    }

    private static HttpClient Client(LiveServer server, string? token)
    {
        var client = new HttpClient { BaseAddress = server.Base() };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
