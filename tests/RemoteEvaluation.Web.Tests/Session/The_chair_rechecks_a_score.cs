using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The chair's re-check (复核) in the summary: the demo session is brought to the summary through its grain; the chair
/// (first seated, at Ningbo) corrects an expert's score in the re-check dialog on the chair's own page, and the correction
/// reaches that expert's page (at Wenzhou) with the summary's new revision.
/// </summary>
public sealed class The_chair_rechecks_a_score(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Chair = "demo-0002";
    private const string Expert = "demo-0011";

    [Fact]
    public async Task the_corrected_score_reaches_the_experts_page_with_the_summary_revised()
    {
        Chromium.SkipUnlessInstalled();
        await DemoSessionInSummary.BringAsync(fixture.Server.Services);
        var chair = await MemberAsync(fixture, "staff.nb", Chair);
        var expert = await MemberAsync(fixture, "staff.wz", Expert);
        await Expect(expert.Locator(".rechecks h3")).ToHaveAttributeAsync("data-revision", "1");

        await ClickAsync(chair, "复核评分……");
        var dialog = chair.Locator("dialog[open]");
        await dialog.GetByLabel("专家（客观分留空）").SelectOptionAsync(Expert);
        await dialog.GetByLabel("投标人").SelectOptionAsync("emp-02");
        await dialog.GetByLabel("评分项").SelectOptionAsync("t.method");
        await dialog.GetByLabel("更正后分数").FillAsync("7");
        await dialog.GetByLabel("复核依据").SelectOptionAsync("AbnormalScore");
        await dialog.GetByLabel("说明").FillAsync("评标委员会复核：施工方案评分偏高");
        await ClickAsync(dialog, "提交复核");
        await Expect(chair.Locator("dialog[open]")).ToHaveCountAsync(0);

        var corrected = expert.Locator($".rechecks li[data-recheck='{Expert}|emp-02|t.method']");
        await Expect(corrected).ToContainTextAsync($"组长复核了您对 浙江演示信息技术有限公司02 的 施工方案 的评分：{DemoSessionInSummary.Score} → 7");
        await Expect(corrected).ToContainTextAsync("评标委员会复核：施工方案评分偏高");
        await Expect(expert.Locator(".rechecks h3")).ToHaveAttributeAsync("data-revision", "2");
        await Expect(chair.Locator(".rechecks h3")).ToHaveAttributeAsync("data-revision", "2");
        await corrected.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(expert, "expert-recheck", fullPage: false);
    }
}
