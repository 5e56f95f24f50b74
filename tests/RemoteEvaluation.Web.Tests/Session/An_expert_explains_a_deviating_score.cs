using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The deviation explanation (偏离说明) in the summary: one expert's technical score on one bid is far below everyone
/// else's, so the summary flags it and the chair cannot accept the summary. The expert explains it on their own page
/// (a refusal first, for an empty reason), and then the chair accepts the summary from the chair's page.
/// </summary>
public sealed class An_expert_explains_a_deviating_score(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Chair = "demo-0002"; // at Ningbo
    private const string Expert = "demo-0011"; // at Wenzhou
    private const string Flag = "emp-02|t.method";
    private const string Accept = "确认汇总结果（组长）";

    [Fact]
    public async Task the_expert_explains_the_flagged_score_and_the_chair_then_accepts_the_summary()
    {
        Chromium.SkipUnlessInstalled();
        // Six members give 8, this one 2: mean 7.14, and 2 is more than 30% away from it.
        await DemoSessionInSummary.BringAsync(fixture.Server.Services,
            outlier: new(Expert, "emp-02", "t.method", 2, "施工方案缺少深基坑支护措施"));
        var chair = await MemberAsync(fixture, "staff.nb", Chair);
        var expert = await MemberAsync(fixture, "staff.wz", Expert);

        // Only the expert whose score is flagged is asked to explain it.
        var flagged = expert.Locator($".deviations li[data-flag='{Flag}']");
        await Expect(flagged).ToContainTextAsync("浙江演示信息技术有限公司02 的 施工方案：您打分 2");
        await Expect(chair.Locator(".rechecks h3")).ToHaveAttributeAsync("data-revision", "1");
        await Expect(chair.Locator(".deviations")).ToBeEmptyAsync();

        await ClickAsync(chair, Accept);
        await Expect(chair.Locator(".outcome.error")).ToContainTextAsync("尚有偏离评分未说明理由");

        await ClickAsync(flagged, "提交偏离说明");
        await Expect(flagged.Locator(".outcome.error")).ToContainTextAsync("请写明评分偏离的理由。");

        await flagged.GetByLabel("偏离理由").FillAsync("该投标人施工方案未提供深基坑支护措施，按评分标准只能给低分");
        await flagged.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(expert, "expert-deviation", fullPage: false);
        await ClickAsync(flagged, "提交偏离说明");
        await Expect(expert.Locator($"[data-explanation='{Flag}']")).ToContainTextAsync("已说明：该投标人施工方案未提供深基坑支护措施");
        await Expect(flagged.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await ClickAsync(chair, Accept);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "评标报告" })).ToBeVisibleAsync();
        await Expect(expert.GetByRole(AriaRole.Heading, new() { Name = "评标报告" })).ToBeVisibleAsync();
        await Expect(expert.Locator(".deviations")).ToBeEmptyAsync();
    }
}
