using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Server.Web;

namespace RemoteEvaluation.Server.Tests.Web;

/// <summary>
/// The browser app as the server's build leaves it in wwwroot, served by real Kestrel: the page at the front door and
/// at every client route, its hashed assets cached for good, and the API's unknown paths still JSON 404s.
/// </summary>
public sealed partial class BrowserAppServingTests : IAsyncLifetime
{
    private LiveServer server = null!;
    private HttpClient http = null!;

    public ValueTask InitializeAsync()
    {
        server = LiveServer.Start();
        http = new HttpClient { BaseAddress = new Uri(server.HubUrl, "/") };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task the_front_door_serves_the_app_in_simplified_chinese()
    {
        var response = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", await response.Content.ReadAsStringAsync(Wire.Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_page_is_revalidated_on_every_visit_so_a_new_build_is_picked_up()
    {
        var response = await GetAsync("/");

        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control was '{response.Headers.CacheControl}'");
    }

    [Theory]
    [InlineData("/sessions/session-42")]
    [InlineData("/login")]
    public async Task a_client_route_gets_the_same_page(string path)
    {
        var front = await (await GetAsync("/")).Content.ReadAsStringAsync(Wire.Cancel);

        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(front, await response.Content.ReadAsStringAsync(Wire.Cancel));
    }

    [Fact]
    public async Task hashed_assets_are_cached_for_a_year_as_immutable()
    {
        var page = await (await GetAsync("/")).Content.ReadAsStringAsync(Wire.Cancel);
        var script = AssetPattern().Match(page);
        Assert.True(script.Success, "index.html names a hashed script under /assets/");

        var response = await GetAsync(script.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/unknown")]
    [InlineData("/api/sessions/x/nothing-here")]
    [InlineData("/hubs/unknown")]
    [InlineData("/health/unknown")]
    public async Task an_unknown_path_under_the_api_hubs_or_health_is_a_json_404_not_the_page(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Wire.Cancel);
        Assert.Equal(WebAppHosting.NotFound, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task the_services_own_endpoints_still_answer()
    {
        var live = await GetAsync("/health/live");
        var me = await GetAsync("/api/auth/me");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (live.StatusCode, me.StatusCode));
    }

    private Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative), Wire.Cancel);

    [GeneratedRegex(@"/assets/[A-Za-z0-9_.-]+\.js")]
    private static partial Regex AssetPattern();
}
