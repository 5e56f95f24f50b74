using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// On a 1366×768 screen the member's "提交偏离说明" button keeps its text on one line, also once a refusal is shown
/// beside it: the refusal used to squeeze the button to one character per line.
/// </summary>
public sealed class The_explain_button_stays_on_one_line(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Expert = "demo-0011"; // at Wenzhou

    [Fact]
    public async Task at_1366_by_768_the_button_is_one_line_high_before_and_after_a_refusal()
    {
        Chromium.SkipUnlessInstalled();
        await DemoSessionInSummary.BringAsync(fixture.Server.Services,
            outlier: new(Expert, "emp-02", "t.method", 2, "施工方案缺少深基坑支护措施"));
        var expert = await MemberAsync(fixture, "staff.wz", Expert);
        Assert.Equal(1366, expert.ViewportSize!.Width);
        var flagged = expert.Locator(".deviations li[data-flag='emp-02|t.method']");
        var button = flagged.GetByRole(AriaRole.Button, new() { Name = "提交偏离说明", Exact = true });

        Assert.InRange(await LinesAsync(button), 0.8, 1.5);

        await button.ClickAsync(); // no reason written: refused
        await Expect(flagged.Locator(".outcome.error")).ToContainTextAsync("请写明评分偏离的理由。");

        Assert.InRange(await LinesAsync(button), 0.8, 1.5);
    }

    /// <summary>The button's content height in lines of its own text (the height of the first line box).</summary>
    private static Task<double> LinesAsync(ILocator button) => button.EvaluateAsync<double>("""
        b => {
          const range = document.createRange();
          range.selectNodeContents(b);
          const line = range.getClientRects()[0].height;
          const style = getComputedStyle(b);
          const content = b.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
            - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
          return content / line;
        }
        """);
}
