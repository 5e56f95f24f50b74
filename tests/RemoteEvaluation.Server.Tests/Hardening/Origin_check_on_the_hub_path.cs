using System.Net;
using System.Net.WebSockets;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class Origin_check_on_the_hub_path
{
    private const string Portal = "https://portal.example";
    private const string Foreign = "https://evil.example";

    private static readonly Dictionary<string, string> PortalAllowed = new() { ["Hubs:AllowedOrigins:0"] = Portal };

    [Fact]
    public async Task negotiate_from_a_foreign_origin_is_refused_with_403_and_the_reason_is_logged()
    {
        await using var server = LiveServer.Start(PortalAllowed);

        using var response = await NegotiateAsync(server, Foreign);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HubLimitRejections.OriginNotAllowed, (await response.ProblemAsync()).Title);
        Assert.Contains(server.Logs.Lines, l => l.Id.Id == 3510 && l.Message.Contains(Foreign, StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_websocket_handshake_from_a_foreign_origin_is_refused_with_403()
    {
        await using var server = LiveServer.Start(PortalAllowed);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", Foreign);
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUrl(server), Api.Cancel));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
        Assert.Contains(server.Logs.Lines, l => l.Id.Id == 3510 && l.Message.Contains("GET /hubs/evaluation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_null_origin_of_a_sandboxed_page_is_refused()
    {
        await using var server = LiveServer.Start(PortalAllowed);

        using var response = await NegotiateAsync(server, "null");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Portal)]
    [InlineData(null)]
    public async Task a_configured_origin_and_a_client_without_origin_may_negotiate(string? origin)
    {
        await using var server = LiveServer.Start(PortalAllowed);

        using var response = await NegotiateAsync(server, origin, await server.StaffTokenAsync("host.hz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(server.Logs.Lines, l => l.Id.Id == 3510);
    }

    [Fact]
    public async Task the_servers_own_origin_may_negotiate_without_configuration()
    {
        await using var server = LiveServer.Start();

        using var response = await NegotiateAsync(server, server.Address.GetLeftPart(UriPartial.Authority), await server.StaffTokenAsync("host.hz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task paths_outside_the_hubs_are_not_checked()
    {
        await using var server = LiveServer.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", Foreign);

        using var response = await server.Http.SendAsync(request, Api.Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void a_setting_that_is_not_an_origin_stops_the_server_from_starting()
    {
        var error = Assert.ThrowsAny<Exception>(() => LiveServer.Start(new Dictionary<string, string> { ["Hubs:AllowedOrigins:0"] = "portal.example/app" }));

        Assert.Contains("Hubs:AllowedOrigins", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(LiveServer server, string? origin, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/evaluation/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await server.Http.SendAsync(request, Api.Cancel);
    }

    private static Uri WebSocketUrl(LiveServer server) => new UriBuilder(server.HubUrl) { Scheme = "ws" }.Uri;
}
