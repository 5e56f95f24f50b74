using Microsoft.AspNetCore.Http;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Tests.Hardening;

public sealed class HubOriginsTests
{
    private static readonly HostString Server = new("centre.example", 8443);

    [Fact]
    public void a_request_without_an_origin_header_is_a_non_browser_client_and_allowed()
    {
        Assert.True(new HubOrigins([]).Allows(null, "https", Server));
    }

    [Fact]
    public void the_servers_own_origin_is_allowed_without_configuration()
    {
        Assert.True(new HubOrigins([]).Allows("https://centre.example:8443", "https", Server));
    }

    [Fact]
    public void the_same_host_on_another_scheme_or_port_is_another_origin()
    {
        var origins = new HubOrigins([]);

        Assert.False(origins.Allows("http://centre.example:8443", "https", Server));
        Assert.False(origins.Allows("https://centre.example", "https", Server));
    }

    [Fact]
    public void a_configured_origin_matches_whatever_case_and_default_port_it_is_written_with()
    {
        var origins = new HubOrigins(["https://Portal.Example"]);

        Assert.True(origins.Allows("https://portal.example:443", "https", Server));
        Assert.True(origins.Allows("HTTPS://PORTAL.EXAMPLE", "https", Server));
        Assert.False(origins.Allows("https://portal.example.evil", "https", Server));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("file://")]
    [InlineData("chrome-extension://abcdef")]
    [InlineData("https://centre.example:8443/path")]
    public void an_origin_that_is_not_an_http_origin_is_refused(string origin)
    {
        Assert.False(new HubOrigins([]).Allows(origin, "https", Server));
    }

    [Fact]
    public void a_setting_that_is_not_an_origin_is_refused_at_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new HubOrigins(["portal.example/app"]));

        Assert.Contains("Hubs:AllowedOrigins", error.Message, StringComparison.Ordinal);
    }
}
