using Microsoft.Playwright;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.HostConsole;

/// <summary>
/// The host console (主会场控制台) during the review: host staff open scoring; concluding the review is the chair's
/// (members only, SessionCommandRoles), so the console has no button the server would refuse, only a note.
/// </summary>
public sealed class The_host_console_in_review(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task offers_opening_scoring_and_leaves_concluding_the_review_to_the_chair()
    {
        Chromium.SkipUnlessInstalled();
        await DemoSessionInReview.BringAsync(fixture.Server.Services);

        var host = await StaffAsync(fixture, "host.hz", "host", $"/sessions/{SeatedDemoSession.Id}");
        await Phase(host, "Review");

        var phase = host.Locator("main section.card").Filter(new() { Has = host.Locator("strong[data-phase]") });
        await Expect(phase.GetByRole(AriaRole.Button, new() { Name = "开始评分", Exact = true })).ToBeVisibleAsync();
        await Expect(phase).ToContainTextAsync("资格评审由组长在其专家页面结束。");
        await Expect(host.GetByRole(AriaRole.Button, new() { Name = "结束资格评审" })).ToHaveCountAsync(0);
    }
}
