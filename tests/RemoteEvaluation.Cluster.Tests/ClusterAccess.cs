using System.Net.Http.Json;
using System.Text.Json;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Cluster.Tests;

/// <summary>
/// Tokens the way people get them, through nginx (so from either node): staff sign in with the demo accounts; each
/// member gets a one-time check-in code from the staff of their centre and exchanges it for a session token.
/// </summary>
internal sealed class ClusterAccess(Uri url) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string> StaffTokenAsync(string username)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026" }, Patience.Cancel);
        return await AccessTokenAsync(response);
    }

    public async Task<string> MemberTokenAsync(string sessionId, string personId)
    {
        var siteId = LiveSession.Members.Single(m => m.PersonId == personId).SiteId;
        using var issue = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/experts/{personId}/checkin-code");
        issue.Headers.Authorization = new("Bearer", await StaffTokenAsync(LiveSession.StaffOf(siteId).PersonId));
        using var issued = await http.SendAsync(issue, Patience.Cancel);
        Assert.True(issued.IsSuccessStatusCode, $"check-in code for {personId}: {(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync(Patience.Cancel)}");
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>(Patience.Cancel)).GetProperty("code").GetString();
        using var exchanged = await http.PostAsJsonAsync("/api/auth/expert", new { sessionId, code }, Patience.Cancel);
        return await AccessTokenAsync(exchanged);
    }

    public void Dispose() => http.Dispose();

    private static async Task<string> AccessTokenAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Patience.Cancel)}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Patience.Cancel)).GetProperty("accessToken").GetString()!;
    }
}
