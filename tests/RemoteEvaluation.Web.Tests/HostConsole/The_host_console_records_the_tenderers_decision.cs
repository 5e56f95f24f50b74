using Microsoft.Playwright;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.HostConsole;

/// <summary>
/// The tenderer's decision on tied bids (招标人确定排序) on the host console: host staff may record it
/// (SessionCommandRoles), and the console offers it only while the summary holds a tie the ranking rules cannot break.
/// Each test runs its own session on the class's server.
/// </summary>
public sealed class The_host_console_records_the_tenderers_decision(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Record = "记录招标人决定";

    [Fact]
    public async Task records_the_order_of_tied_bids_and_shows_it_afterwards()
    {
        var host = await ConsoleInTiedSummaryAsync("tie-zj-2026-001");
        var tie = host.Locator(".tie-decision");
        await Expect(tie.Locator("fieldset[data-tie]")).ToHaveAttributeAsync("data-tie", $"{SessionWithTiedBids.First}={SessionWithTiedBids.Second}");

        await tie.GetByLabel("并列第 1 组 第 1 位").SelectOptionAsync(SessionWithTiedBids.Second);
        await tie.GetByLabel("并列第 1 组 第 2 位").SelectOptionAsync(SessionWithTiedBids.First);
        await tie.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(host, "host-console-tie", fullPage: false);
        await ClickAsync(tie, Record);

        var recorded = tie.Locator("[data-tenderer-order]");
        await Expect(recorded).ToHaveAttributeAsync("data-tenderer-order", $"{SessionWithTiedBids.Second}>{SessionWithTiedBids.First}");
        await Expect(recorded).ToContainTextAsync("记录人：host.hz");
        await Expect(tie.GetByRole(AriaRole.Button, new() { Name = Record })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task shows_the_refusal_when_one_tied_bid_is_placed_twice()
    {
        var host = await ConsoleInTiedSummaryAsync("tie-zj-2026-002");
        var tie = host.Locator(".tie-decision");

        await tie.GetByLabel("并列第 1 组 第 2 位").SelectOptionAsync(SessionWithTiedBids.First);
        await ClickAsync(tie, Record);

        var outcome = tie.Locator(".outcome.error");
        await Expect(outcome).ToContainTextAsync("每个并列的投标人须且只须排一次。");
        await Expect(outcome).ToContainTextAsync("Order exactly the tied bidders");
        await Expect(tie.Locator("[data-tenderer-order]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task offers_no_decision_when_the_summary_has_no_tie()
    {
        Chromium.SkipUnlessInstalled();
        await DemoSessionInSummary.BringAsync(fixture.Server.Services);
        var host = await StaffAsync(fixture, "host.hz", "host", $"/sessions/{SeatedDemoSession.Id}");
        await Phase(host, "Summary");
        await Expect(host.Locator("tr[data-bidder]")).ToHaveCountAsync(3);

        await Expect(host.Locator(".tie-decision")).ToBeEmptyAsync();
    }

    private async Task<IPage> ConsoleInTiedSummaryAsync(string sessionId)
    {
        Chromium.SkipUnlessInstalled();
        await SessionWithTiedBids.BringToSummaryAsync(fixture.Server.Services, sessionId);
        var host = await StaffAsync(fixture, "host.hz", "host", $"/sessions/{sessionId}");
        await Phase(host, "Summary");
        return host;
    }
}
