using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RemoteEvaluation.Client;
using RemoteEvaluation.Domain.Committee;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// The HTTP side a client application uses (接口调用): staff sign-in, check-in codes issued by centre staff and redeemed
/// by experts, and the dev-only seating shortcut. Sign-in is rate limited per address: a 429 waits its Retry-After.
/// </summary>
public sealed class ServerApi(Uri baseUrl, ErrorCounts errors) : IDisposable
{
    private static readonly JsonSerializerOptions Json = HubConnectionOptions.DefaultSerializerOptions();
    private readonly HttpClient http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>A staff account's bearer token from <c>POST /api/auth/login</c>.</summary>
    public async Task<string> SignInAsync(string username, string password, CancellationToken ct)
    {
        var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { username, password }) }, ct);
        return answer.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Centre staff issue a one-time check-in code for a member sitting at their centre.</summary>
    public async Task<string> IssueCheckInCodeAsync(string staffToken, string sessionId, string expertId, CancellationToken ct)
    {
        var answer = await SendAsync(() => Authorized(HttpMethod.Post, $"/api/sessions/{sessionId}/experts/{expertId}/checkin-code", staffToken), ct);
        return answer.GetProperty("code").GetString()!;
    }

    /// <summary>The expert types the code in and gets a token bound to this session and seat.</summary>
    public async Task<string> RedeemCheckInCodeAsync(string sessionId, string code, CancellationToken ct)
    {
        var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/auth/expert") { Content = JsonContent.Create(new { sessionId, code }) }, ct);
        return answer.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Seats the committee through the server's dev-only shortcut (<c>Diagnostics:SimulatorSeating</c>) instead of a draw.</summary>
    public Task SeatCommitteeAsync(string hostToken, string sessionId, ImmutableList<CommitteeMember> members, CancellationToken ct) =>
        SendAsync(() =>
        {
            var request = Authorized(HttpMethod.Post, $"/diagnostics/simulator/sessions/{sessionId}/committee", hostToken);
            request.Content = JsonContent.Create(members, options: Json);
            return request;
        }, ct);

    /// <summary>The node's GC heap and working set (<c>Diagnostics:Memory</c>).</summary>
    public async Task<MemoryReading> ReadMemoryAsync(CancellationToken ct)
    {
        var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, "/diagnostics/memory"), ct);
        return new MemoryReading(answer.GetProperty("gcHeapBytes").GetInt64(), answer.GetProperty("workingSetBytes").GetInt64());
    }

    public void Dispose() => http.Dispose();

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    private async Task<JsonElement> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = build();
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                return response.Content.Headers.ContentLength == 0
                    ? default
                    : (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone();
            }

            var code = await ProblemTitleAsync(response, ct);
            errors.Add(code);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= 30)
            {
                throw new SimulatorException(code, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {code}");
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            await Task.Delay(wait, ct);
        }
    }

    private static async Task<string> ProblemTitleAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } text && text.Contains('.', StringComparison.Ordinal))
            {
                return text;
            }
        }
        catch (JsonException)
        {
        }

        return $"http.{(int)response.StatusCode}";
    }
}

/// <summary>A node's memory after a full collection.</summary>
public sealed record MemoryReading(long GcHeapBytes, long WorkingSetBytes);

/// <summary>A step of the simulation that failed with a stable code.</summary>
public sealed class SimulatorException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
