using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RemoteEvaluation.Server.Tests.Accounts;

/// <summary>Calls to the accounts API as the tests make them.</summary>
internal static class Api
{
    public const string DemoPassword = "Demo@2026";

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string username, string password, bool cookies = false) =>
        client.PostAsJsonAsync(cookies ? "/api/auth/login?useCookies=true" : "/api/auth/login", new { username, password }, Cancel);

    /// <summary>Signs in and answers a client that sends the bearer token.</summary>
    public static async Task<HttpClient> SignedInAsync(this WebApplicationFactory<Program> server, string username, string password = DemoPassword)
    {
        var client = server.CreateClient();
        var response = await client.LoginAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        var signedIn = server.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return signedIn;
    }

    public static HttpClient WithBearer(this WebApplicationFactory<Program> server, string token)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

    /// <summary>The problem document's title (the stable code) and detail.</summary>
    public static async Task<(string? Title, string? Detail)> ProblemAsync(this HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return (json.GetProperty("title").GetString(), json.TryGetProperty("detail", out var d) ? d.GetString() : null);
    }

    public static Task<HttpResponseMessage> MeAsync(this HttpClient client) => client.GetAsync(new Uri("/api/auth/me", UriKind.Relative), Cancel);
}
