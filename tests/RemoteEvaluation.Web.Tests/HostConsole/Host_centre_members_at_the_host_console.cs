using Microsoft.Playwright;
using RemoteEvaluation.Domain.Committee;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.HostConsole;

/// <summary>
/// Committee members seated at the host centre (Hangzhou) are checked in by the host centre's staff, on the host
/// console: identity, check-in and the one-time code (签到码), as a remote centre does for its own members. Members of
/// other centres are their own centre's to verify: the console offers nothing for them.
/// </summary>
public sealed class Host_centre_members_at_the_host_console(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string AtHangzhou = "demo-0008";

    /// <summary>The demo committee with one expert moved to the host centre.</summary>
    private static readonly IReadOnlyList<CommitteeMember> Committee =
        [.. SeatedDemoSession.Committee.Select(m => m.PersonId == AtHangzhou ? m with { SiteId = SeatedDemoSession.Hangzhou } : m)];

    [Fact]
    public async Task host_staff_issue_a_one_time_code_that_the_member_signs_in_with()
    {
        Chromium.SkipUnlessInstalled();
        await SeatedDemoSession.PrepareAsync(fixture.Server.Services, Committee);
        var host = await StaffAsync(fixture, "host.hz", "host", $"/sessions/{SeatedDemoSession.Id}");

        var row = host.Locator($"tr[data-person='{AtHangzhou}']");
        await ClickAsync(row, "核验签到");
        await Expect(row).ToContainTextAsync("已签到");
        await ClickAsync(row, "发放签到码");
        var code = await host.Locator($".big-code[data-code-for='{AtHangzhou}']").TextContentAsync();
        var expert = await ExpertAsync(fixture, code!.Trim());

        await Expect(expert.Locator("[data-view=expert]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task members_of_other_centres_have_no_check_in_controls_on_the_host_console()
    {
        Chromium.SkipUnlessInstalled();
        await SeatedDemoSession.PrepareAsync(fixture.Server.Services, Committee);
        var host = await StaffAsync(fixture, "host.hz", "host", $"/sessions/{SeatedDemoSession.Id}");
        await Expect(host.Locator("tr[data-person]")).ToHaveCountAsync(Committee.Count);

        var elsewhere = host.Locator("tr[data-person]").Filter(new() { HasNotText = SeatedDemoSession.Hangzhou });

        await Expect(elsewhere).ToHaveCountAsync(Committee.Count - 1);
        await Expect(elsewhere.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }
}
