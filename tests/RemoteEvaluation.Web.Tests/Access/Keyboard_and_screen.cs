using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RemoteEvaluation.Web.Tests.Access;

/// <summary>The pages are usable without a mouse and fit the 1366×768 screens of the evaluation rooms.</summary>
public sealed class Keyboard_and_screen(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task staff_sign_in_with_the_keyboard_alone_and_land_on_their_view()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("[data-view=login]")).ToBeVisibleAsync();

        await page.GetByLabel("用户名").FocusAsync();
        await page.Keyboard.TypeAsync("host.hz");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("密码", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(BrowserFixture.DemoPassword);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("[data-view=host]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task every_field_of_the_sign_in_page_has_a_label_and_every_button_a_visible_name()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("[data-view=login]")).ToBeVisibleAsync();

        var fields = await page.Locator("input:not([type=hidden]), select, textarea").CountAsync();
        var unlabelled = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels === null || e.labels.length === 0).length");
        var nameless = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('button')].filter(b => b.innerText.trim() === '').length");

        Assert.True(fields >= 4, $"The sign-in page shows {fields} fields (staff and expert forms)."); // staff: 2, expert: 2
        Assert.Equal(0, unlabelled);
        Assert.Equal(0, nameless);
    }

    [Fact]
    public async Task the_host_console_needs_no_sideways_scrolling_at_1366_by_768()
    {
        await using var context = await fixture.SignedInAsync("host.hz");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sessions/demo-zj-2026-001");
        await Expect(page.Locator("[data-view=host]")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.Equal(1366, page.ViewportSize!.Width);
        Assert.True(overflow <= 0, $"The console is {overflow} px wider than the screen.");
    }
}
