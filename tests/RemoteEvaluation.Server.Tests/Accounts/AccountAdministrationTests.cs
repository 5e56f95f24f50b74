using System.Net;
using System.Net.Http.Json;

namespace RemoteEvaluation.Server.Tests.Accounts;

public sealed class AccountAdministrationTests
{
    public static TheoryData<string> NotAdmins => ["host.hz", "staff.nb", "coordinator", "supervisor", "auditor"];

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task only_an_admin_may_create_disable_or_enable_accounts(string username)
    {
        await using var server = new ServerFactory();
        var client = await server.SignedInAsync(username);

        var create = await client.PostAsJsonAsync("/api/accounts", NewAccount("new.person"), Api.Cancel);
        var disable = await client.PostAsJsonAsync("/api/accounts/staff.wz/disable", new { reason = "because" }, Api.Cancel);
        var enable = await client.PostAsync(new Uri("/api/accounts/staff.wz/enable", UriKind.Relative), null, Api.Cancel);
        var role = await client.PostAsJsonAsync("/api/accounts/staff.wz/role", new { role = "admin" }, Api.Cancel);

        Assert.All([create, disable, enable, role], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    [Fact]
    public async Task anonymous_callers_are_unauthorized_everywhere()
    {
        await using var server = new ServerFactory();
        var client = server.CreateClient();

        var answers = new[]
        {
            await client.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel),
            await client.PostAsJsonAsync("/api/accounts", NewAccount("new.person"), Api.Cancel),
            await client.PostAsJsonAsync("/api/accounts/staff.wz/password", new { newPassword = "whatever-123" }, Api.Cancel),
            await client.PostAsJsonAsync("/api/accounts/staff.wz/disable", new { reason = "because" }, Api.Cancel),
            await client.PostAsync(new Uri("/api/sessions/s-1/experts/e1/checkin-code", UriKind.Relative), null, Api.Cancel),
        };

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("coordinator", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.Forbidden)]
    [InlineData("host.hz", HttpStatusCode.Forbidden)]
    [InlineData("staff.nb", HttpStatusCode.Forbidden)]
    public async Task admins_and_coordinators_list_accounts(string username, HttpStatusCode expected)
    {
        await using var server = new ServerFactory();
        var client = await server.SignedInAsync(username);

        var response = await client.GetAsync(new Uri("/api/accounts", UriKind.Relative), Api.Cancel);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var names = (await response.JsonAsync()).EnumerateArray().Select(a => a.GetProperty("username").GetString()).ToList();
            Assert.Equal(["admin", "auditor", "coordinator", "host.hz", "staff.nb", "staff.wz", "supervisor"], names);
        }
    }

    [Fact]
    public async Task an_account_created_by_the_admin_can_sign_in()
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");

        var created = await admin.PostAsJsonAsync("/api/accounts", NewAccount("li.ming"), Api.Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var me = await (await server.SignedInAsync("li.ming", "Initial-Pass-1")).MeAsync();
        var json = await me.JsonAsync();
        Assert.Equal("site_staff", json.GetProperty("role").GetString());
        Assert.Equal("site-wz", json.GetProperty("siteId").GetString());
    }

    [Theory]
    [InlineData("Li.Ming", "account.username_invalid")]
    [InlineData("ab", "account.username_invalid")]
    [InlineData("staff.nb", "account.already_exists")]
    public async Task a_bad_or_taken_username_is_refused_with_its_code(string username, string code)
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/accounts", NewAccount(username), Api.Cancel);

        Assert.Equal(code, (await response.ProblemAsync()).Title);
    }

    [Fact]
    public async Task site_staff_need_a_centre_and_passwords_a_minimum_length()
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");

        var noSite = await admin.PostAsJsonAsync("/api/accounts", new { username = "wang.fang", displayName = "王芳", role = "site_staff", password = "Initial-Pass-1" }, Api.Cancel);
        var shortPassword = await admin.PostAsJsonAsync("/api/accounts", new { username = "wang.fang", displayName = "王芳", role = "auditor", password = "short" }, Api.Cancel);

        Assert.Equal("account.site_required", (await noSite.ProblemAsync()).Title);
        Assert.Equal("account.password_too_short", (await shortPassword.ProblemAsync()).Title);
    }

    [Fact]
    public async Task changing_ones_own_password_needs_the_current_one_and_then_only_the_new_one_works()
    {
        await using var server = new ServerFactory();
        var staff = await server.SignedInAsync("staff.nb");

        var wrongCurrent = await staff.PostAsJsonAsync("/api/accounts/staff.nb/password", new { currentPassword = "guess", newPassword = "Brand-New-Pass-2" }, Api.Cancel);
        var changed = await staff.PostAsJsonAsync("/api/accounts/staff.nb/password", new { currentPassword = Api.DemoPassword, newPassword = "Brand-New-Pass-2" }, Api.Cancel);

        Assert.Equal("account.current_password_wrong", (await wrongCurrent.ProblemAsync()).Title);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateClient().LoginAsync("staff.nb", Api.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().LoginAsync("staff.nb", "Brand-New-Pass-2")).StatusCode);
    }

    [Fact]
    public async Task an_admin_resets_another_password_without_knowing_it_but_staff_cannot_change_anothers()
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");
        var staff = await server.SignedInAsync("staff.nb");

        var byStaff = await staff.PostAsJsonAsync("/api/accounts/staff.wz/password", new { currentPassword = Api.DemoPassword, newPassword = "Hijacked-Pass-3" }, Api.Cancel);
        var reset = await admin.PostAsJsonAsync("/api/accounts/staff.wz/password", new { newPassword = "Reset-By-Admin-4" }, Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().LoginAsync("staff.wz", "Reset-By-Admin-4")).StatusCode);
    }

    [Fact]
    public async Task a_disabled_account_enabled_again_signs_in_again()
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");
        await admin.PostAsJsonAsync("/api/accounts/auditor/disable", new { reason = "on leave" }, Api.Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateClient().LoginAsync("auditor", Api.DemoPassword)).StatusCode);

        var enabled = await admin.PostAsync(new Uri("/api/accounts/auditor/enable", UriKind.Relative), null, Api.Cancel);
        var again = await admin.PostAsync(new Uri("/api/accounts/auditor/enable", UriKind.Relative), null, Api.Cancel);

        Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
        Assert.Equal("account.already_active", (await again.ProblemAsync()).Title);
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().LoginAsync("auditor", Api.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task an_admin_cannot_disable_their_own_account()
    {
        await using var server = new ServerFactory();
        var admin = await server.SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/accounts/admin/disable", new { reason = "oops" }, Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("account.cannot_disable_self", (await response.ProblemAsync()).Title);
    }

    private static object NewAccount(string username) =>
        new { username, displayName = "李明", role = "site_staff", siteId = "site-wz", password = "Initial-Pass-1" };
}
