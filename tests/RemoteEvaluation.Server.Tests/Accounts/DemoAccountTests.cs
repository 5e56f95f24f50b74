using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Server.Tests.Accounts;

public sealed class DemoAccountTests
{
    [Fact]
    public async Task the_embedded_default_seeds_one_account_of_each_role_and_prints_the_logins()
    {
        var logs = new LogCapture();
        await using var server = new ServerFactory();
        var app = server.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        var admin = await app.SignedInAsync("admin");
        var accounts = await (await admin.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel)).JsonAsync();

        var roles = accounts.EnumerateArray().Select(a => (a.GetProperty("role").GetString(), a.GetProperty("siteId").GetString())).ToHashSet();
        Assert.Equal(
            new HashSet<(string?, string?)>
            {
                ("admin", null), ("coordinator", null), ("supervisor", null), ("auditor", null),
                ("host_staff", "site-330100"), ("site_staff", "site-330200"), ("site_staff", "site-330300"),
            },
            roles);
        var printed = logs.Lines.Where(l => l.Id.Id == 3101).Select(l => l.Message).ToList();
        Assert.Equal(7, printed.Count);
        Assert.Contains(printed, m => m.Contains("staff.nb", StringComparison.Ordinal) && m.Contains("site_staff", StringComparison.Ordinal) && m.Contains("site-330200", StringComparison.Ordinal));
        Assert.All(printed, m => Assert.Contains(Api.DemoPassword, m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_demo_password_comes_from_configuration_and_is_not_printed_then()
    {
        var logs = new LogCapture();
        await using var server = new ServerFactory();
        var app = server.WithWebHostBuilder(b => b.UseSetting("Demo:Password", "Other-Demo-Pass").ConfigureLogging(l => l.AddProvider(logs)));

        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("auditor", "Other-Demo-Pass")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync("auditor", Api.DemoPassword)).StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("Other-Demo-Pass", StringComparison.Ordinal));
    }

    [Fact]
    public async Task seeding_is_off_when_demo_seed_is_false()
    {
        var logs = new LogCapture();
        await using var server = new ServerFactory();
        var app = server.WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "false").ConfigureLogging(l => l.AddProvider(logs)));

        var response = await app.CreateClient().LoginAsync("admin", Api.DemoPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.Id.Id == 3101);
    }

    [Fact]
    public async Task a_second_start_on_the_same_log_seeds_nothing_more()
    {
        await using var server = new ServerFactory();
        var first = await server.SignedInAsync("admin");
        await first.PostAsync(new Uri("/api/accounts/staff.wz/disable", UriKind.Relative), JsonContent.Create(new { reason = "test" }), Api.Cancel);

        var restarted = server.WithWebHostBuilder(_ => { });
        var admin = await restarted.SignedInAsync("admin");
        var accounts = await (await admin.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel)).JsonAsync();

        Assert.Equal(7, accounts.GetArrayLength());
        Assert.Equal("disabled", accounts.EnumerateArray().Single(a => a.GetProperty("username").GetString() == "staff.wz").GetProperty("status").GetString());
    }
}
