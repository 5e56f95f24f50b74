using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The tenderer's decision on tied bids (招标人确定排序) from the members' side: a tenderer representative may record it
/// (SessionCommandRoles) and gets the control on their own page; an expert may not, gets none, and reads the order once
/// it is recorded.
/// </summary>
public sealed class A_tenderer_representative_decides_a_tie(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SessionId = "tie-zj-2026-rep";
    private const string Representative = "rep-emp01-1"; // at Ningbo
    private const string Expert = "demo-0011"; // at Wenzhou

    [Fact]
    public async Task the_representative_records_the_order_and_the_expert_only_reads_it()
    {
        Chromium.SkipUnlessInstalled();
        await SessionWithTiedBids.BringToSummaryAsync(fixture.Server.Services, SessionId);
        var representative = await MemberAsync(fixture, "staff.nb", Representative, SessionId);
        var expert = await MemberAsync(fixture, "staff.wz", Expert, SessionId);
        await Expect(expert.Locator(".rechecks h3")).ToHaveAttributeAsync("data-revision", "1");
        await Expect(expert.Locator(".tie-decision")).ToBeEmptyAsync();

        var tie = representative.Locator(".tie-decision");
        await tie.GetByLabel("并列第 1 组 第 1 位").SelectOptionAsync(SessionWithTiedBids.Second);
        await tie.GetByLabel("并列第 1 组 第 2 位").SelectOptionAsync(SessionWithTiedBids.First);
        await ClickAsync(tie, "记录招标人决定");

        var order = $"{SessionWithTiedBids.Second}>{SessionWithTiedBids.First}";
        await Expect(tie.Locator("[data-tenderer-order]")).ToHaveAttributeAsync("data-tenderer-order", order);
        await Expect(expert.Locator(".tie-decision [data-tenderer-order]")).ToHaveAttributeAsync("data-tenderer-order", order);
        await Expect(expert.Locator(".tie-decision").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }
}
