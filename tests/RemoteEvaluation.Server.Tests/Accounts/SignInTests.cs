using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Server.Tests.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task a_bearer_login_answers_the_frameworks_token_and_me_names_the_account()
    {
        await using var server = new ServerFactory();

        var response = await server.CreateClient().LoginAsync("staff.nb", Api.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);
        var me = await (await server.WithBearer(body.GetProperty("accessToken").GetString()!).MeAsync()).JsonAsync();
        Assert.Equal("staff", me.GetProperty("kind").GetString());
        Assert.Equal("staff.nb", me.GetProperty("username").GetString());
        Assert.Equal("site_staff", me.GetProperty("role").GetString());
        Assert.Equal("site-330200", me.GetProperty("siteId").GetString());
        Assert.Equal("宁波副场 Site staff", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task a_cookie_login_sets_an_http_only_cookie_that_me_accepts()
    {
        await using var server = new ServerFactory();
        var client = server.CreateClient(); // keeps cookies between requests

        var response = await client.LoginAsync("host.hz", Api.DemoPassword, cookies: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("re.auth=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await (await client.MeAsync()).JsonAsync();
        Assert.Equal("host.hz", me.GetProperty("username").GetString());
        Assert.Equal("host_staff", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task logging_out_ends_the_cookie()
    {
        await using var server = new ServerFactory();
        var client = server.CreateClient();
        await client.LoginAsync("host.hz", Api.DemoPassword, cookies: true);

        await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null, Api.Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.MeAsync()).StatusCode);
    }

    [Fact]
    public async Task me_without_signing_in_is_unauthorized()
    {
        await using var server = new ServerFactory();

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateClient().MeAsync()).StatusCode);
    }

    [Fact]
    public async Task a_forged_bearer_token_is_unauthorized()
    {
        await using var server = new ServerFactory();

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.WithBearer("not-a-token").MeAsync()).StatusCode);
    }

    [Fact]
    public async Task wrong_password_and_unknown_user_fail_alike_and_a_disabled_account_only_differs_in_its_code()
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");
        var disabled = await admin.PostAsJsonAsync("/api/accounts/staff.wz/disable", new { reason = "left the centre" }, Api.Cancel);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        var client = server.CreateClient();

        var wrongPassword = await client.LoginAsync("staff.nb", "not-the-password");
        var unknownUser = await client.LoginAsync("nobody.here", Api.DemoPassword);
        var disabledAccount = await client.LoginAsync("staff.wz", Api.DemoPassword);

        Assert.All([wrongPassword, unknownUser, disabledAccount], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var (wrongCode, wrongMessage) = await wrongPassword.ProblemAsync();
        var (unknownCode, unknownMessage) = await unknownUser.ProblemAsync();
        var (disabledCode, disabledMessage) = await disabledAccount.ProblemAsync();
        Assert.Equal("auth.invalid_credentials", wrongCode);
        Assert.Equal("auth.invalid_credentials", unknownCode);
        Assert.Equal("auth.account_disabled", disabledCode);
        Assert.Equal(wrongMessage, unknownMessage);
        Assert.Equal(wrongMessage, disabledMessage);
    }

    [Fact]
    public async Task a_disabled_accounts_existing_token_stops_working_at_once()
    {
        await using var server = new ServerFactory();
        var staff = await server.SignedInAsync("coordinator");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel)).StatusCode);
        var admin = await server.SignedInAsync("admin");

        await admin.PostAsJsonAsync("/api/accounts/coordinator/disable", new { reason = "moved to another province" }, Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.MeAsync()).StatusCode);
    }

    [Fact]
    public async Task a_token_issued_before_a_role_change_no_longer_carries_the_old_role()
    {
        await using var server = new ServerFactory();
        var coordinator = await server.SignedInAsync("coordinator");
        var admin = await server.SignedInAsync("admin");

        var moved = await admin.PostAsJsonAsync("/api/accounts/coordinator/role", new { role = "auditor" }, Api.Cancel);

        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel)).StatusCode);
        var again = await server.SignedInAsync("coordinator");
        Assert.Equal("auditor", (await (await again.MeAsync()).JsonAsync()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task sign_in_attempts_from_one_address_are_rate_limited()
    {
        await using var server = new ServerFactory();
        var limited = server.WithWebHostBuilder(b => b.UseSetting("Auth:LoginPermitLimit", "3").UseSetting("Auth:LoginWindow", "00:10:00"));
        var client = limited.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.LoginAsync("staff.nb", "wrong-" + i)).StatusCode);
        }

        var refused = await client.LoginAsync("staff.nb", Api.DemoPassword);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("auth.too_many_attempts", (await refused.ProblemAsync()).Title);
    }

    [Fact]
    public async Task tokens_and_passwords_never_reach_the_log()
    {
        var logs = new LogCapture();
        await using var server = new ServerFactory();
        var logged = server.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var client = logged.CreateClient();

        var response = await client.LoginAsync("staff.nb", Api.DemoPassword);
        var token = (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
        var bearer = logged.WithBearer(token);
        await bearer.MeAsync();
        await client.LoginAsync("staff.nb", "Secret-Wrong-1");

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains(token[..20], StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("Secret-Wrong-1", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Id.Id == 3110 && l.Message.Contains("staff.nb", StringComparison.Ordinal));
    }
}
