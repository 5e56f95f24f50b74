using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Sessions;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Sessions;

/// <summary>
/// <c>GET /api/sessions</c> on real Kestrel, per role: each caller gets the sessions the access rules let them follow,
/// and the role they act as in each. Two sessions: <c>a-hz</c> hosted at Hangzhou with Ningbo and Wenzhou linked,
/// <c>b-wz</c> hosted at Wenzhou alone.
/// </summary>
public abstract class SessionListTests : IAsyncLifetime
{
    private const string WenzhouHost = "host.wz";
    private LiveServer server = null!;

    public async ValueTask InitializeAsync()
    {
        // Activations leave only when a test collects them (CollectIdleAsync), so a test can see which were made.
        server = LiveServer.Start(
            testServices: s => s.Configure<GrainRuntimeOptions>(o => (o.IdleTimeout, o.CollectionInterval) = (TimeSpan.Zero, TimeSpan.FromDays(1))),
            postgreSql: await DatabaseAsync());
        await LiveSession.ScheduledAsync(server.Grains, "a-hz");
        var wenzhou = new Actor(ActorRole.HostStaff, WenzhouHost, LiveSession.WenzhouSite);
        await LiveSession.RunAsync(server.Grains.GetGrain<Grains.Sessions.ISessionGrain>("b-wz"),
            new ScheduleSession(wenzhou, "ZJ-2026-002", "Bridge repair", LiveSession.WenzhouSite, DateTimeOffset.UtcNow.AddHours(2)));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Null for SQLite, else a PostgreSQL connection string.</summary>
    protected abstract Task<string?> DatabaseAsync();

    [Theory]
    [InlineData("host.hz", "a-hz:host_staff")]
    [InlineData("staff.nb", "a-hz:site_staff")]
    [InlineData("staff.wz", "a-hz:site_staff b-wz:site_staff")]
    [InlineData("coordinator", "a-hz:coordinator b-wz:coordinator")]
    [InlineData("supervisor", "a-hz:supervisor b-wz:supervisor")]
    [InlineData("auditor", "a-hz:auditor b-wz:auditor")]
    [InlineData("admin", "")]
    public async Task staff_see_the_sessions_their_role_and_centre_may_follow_in_start_order(string who, string expected)
    {
        var sessions = await ListAsync(await server.StaffTokenAsync(who));

        Assert.Equal(expected, string.Join(' ', sessions.Select(s => $"{s.SessionId}:{s.ActingAs}")));
    }

    [Fact]
    public async Task an_expert_sees_only_the_session_of_their_token()
    {
        var sessions = await ListAsync(server.MemberToken("a-hz", "e2", LiveSession.NingboSite));

        var only = Assert.Single(sessions);
        Assert.Equal(("a-hz", "expert", "ZJ-2026-001", "Scheduled"), (only.SessionId, only.ActingAs, only.ProjectCode, only.Phase));
    }

    [Fact]
    public async Task a_session_lists_its_host_and_linked_centres()
    {
        var sessions = await ListAsync(await server.StaffTokenAsync("coordinator"));

        var hosted = sessions.Single(s => s.SessionId == "a-hz");
        Assert.Equal(LiveSession.HostSite, hosted.HostSiteId);
        Assert.Equal([(LiveSession.HostSite, true), (LiveSession.NingboSite, false), (LiveSession.WenzhouSite, false)], hosted.Sites.Select(s => (s.SiteId, s.Host)));
    }

    [Fact]
    public async Task listing_a_centres_sessions_activates_only_the_sessions_run_at_that_centre()
    {
        // Both lists also activate the caller's account (the staff policy reads it); they differ by the sessions asked.
        var (ningbo, ningboActivations) = await ListFromColdAsync("staff.nb");
        var (coordinator, coordinatorActivations) = await ListFromColdAsync("coordinator");

        Assert.Equal(["a-hz"], ningbo.Select(s => s.SessionId));
        Assert.Equal(["a-hz", "b-wz"], coordinator.Select(s => s.SessionId));
        Assert.Equal(coordinatorActivations - 1, ningboActivations); // b-wz, run at Wenzhou alone, is never folded for Ningbo
    }

    [Theory]
    [InlineData("coordinator", "take=1", "a-hz")]
    [InlineData("coordinator", "skip=1&take=1", "b-wz")]
    [InlineData("coordinator", "skip=2", "")]
    [InlineData("supervisor", "skip=1", "b-wz")]
    [InlineData("auditor", "take=1", "a-hz")]
    [InlineData("staff.wz", "take=1", "a-hz")]
    [InlineData("staff.wz", "skip=1&take=1", "b-wz")]
    [InlineData("staff.nb", "skip=1", "")]
    [InlineData("admin", "take=1", "")]
    public async Task a_page_is_taken_in_start_order_from_the_sessions_the_caller_may_follow(string who, string query, string expected)
    {
        var sessions = await ListAsync(await server.StaffTokenAsync(who), query);

        Assert.Equal(expected, string.Join(' ', sessions.Select(s => s.SessionId)));
    }

    [Theory]
    [InlineData("coordinator", "order=newest", "b-wz a-hz")]
    [InlineData("coordinator", "order=newest&take=1", "b-wz")]
    [InlineData("coordinator", "order=newest&skip=1&take=1", "a-hz")]
    [InlineData("coordinator", "order=newest&skip=2", "")]
    [InlineData("staff.wz", "order=newest&take=1", "b-wz")]
    [InlineData("staff.nb", "order=newest", "a-hz")]
    [InlineData("coordinator", "order=oldest", "a-hz b-wz")]
    public async Task order_newest_takes_the_pages_latest_start_first(string who, string query, string expected)
    {
        var sessions = await ListAsync(await server.StaffTokenAsync(who), query);

        Assert.Equal(expected, string.Join(' ', sessions.Select(s => s.SessionId)));
    }

    [Fact]
    public async Task an_expert_has_one_page_with_the_session_of_their_token()
    {
        var token = server.MemberToken("a-hz", "e2", LiveSession.NingboSite);

        Assert.Equal(["a-hz"], (await ListAsync(token, "take=1")).Select(s => s.SessionId));
        Assert.Empty(await ListAsync(token, "skip=1"));
    }

    [Fact]
    public async Task a_page_for_an_observer_activates_only_the_sessions_on_it()
    {
        var (page, pageActivations) = await ListFromColdAsync("supervisor", "take=1");
        var (all, allActivations) = await ListFromColdAsync("supervisor");

        Assert.Equal(["a-hz"], page.Select(s => s.SessionId));
        Assert.Equal(2, all.Count);
        Assert.Equal(allActivations - 1, pageActivations); // b-wz, not on the page, is never folded
    }

    [Fact]
    public async Task dates_choose_the_sessions_by_the_calendar_day_of_their_start()
    {
        var token = await server.StaffTokenAsync("coordinator");
        var starts = (await ListAsync(token)).ToDictionary(s => s.SessionId, s => DateOnly.FromDateTime(s.StartsAt.DateTime));

        Assert.Contains("b-wz", (await ListAsync(token, $"from={Day(starts["b-wz"])}&to={Day(starts["b-wz"])}")).Select(s => s.SessionId));
        Assert.Empty(await ListAsync(token, $"from={Day(starts["b-wz"].AddDays(1))}"));
        Assert.Empty(await ListAsync(token, $"to={Day(starts["a-hz"].AddDays(-1))}"));
    }

    [Theory]
    [InlineData("take=0", "take")]
    [InlineData("take=201", "take")]
    [InlineData("take=ten", "take")]
    [InlineData("skip=-1", "skip")]
    [InlineData("skip=1.5", "skip")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-06-02&to=2026-06-01", "from")]
    [InlineData("order=latest", "order")]
    [InlineData("order=Newest", "order")]
    public async Task bad_paging_dates_or_order_are_an_invalid_field_naming_the_field(string query, string field)
    {
        using var http = Http(await server.StaffTokenAsync("coordinator"));

        var response = await http.GetAsync(new Uri($"/api/sessions?{query}", UriKind.Relative), Wire.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Wire.Cancel);
        Assert.Equal("request.invalid_field", problem.GetProperty("title").GetString());
        Assert.StartsWith(field + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task nobody_signed_in_gets_401()
    {
        using var http = Http(null);

        var response = await http.GetAsync(new Uri("/api/sessions", UriKind.Relative), Wire.Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Lists with no activation left in memory; answers the list and how many activations it made.</summary>
    private async Task<(List<MySession> Sessions, int Activations)> ListFromColdAsync(string who, string query = "")
    {
        var token = await server.StaffTokenAsync(who);
        var catalog = server.Services.GetRequiredService<GrainCatalog>();
        await catalog.CollectIdleAsync();
        Assert.Equal(0, catalog.ActivationCount);
        var sessions = await ListAsync(token, query);
        return (sessions, catalog.ActivationCount);
    }

    private async Task<List<MySession>> ListAsync(string token, string query = "")
    {
        using var http = Http(token);
        var response = await http.GetAsync(new Uri($"/api/sessions?{query}", UriKind.Relative), Wire.Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<MySession>>(Wire.Cancel))!;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private HttpClient Http(string? token)
    {
        var http = new HttpClient { BaseAddress = new Uri(server.HubUrl, "/") };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}

public sealed class SessionListTests_on_SQLite : SessionListTests
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class SessionListTests_on_PostgreSQL : SessionListTests
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
