using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>What people do on the pages, by the labels and button texts they read (the app's test conventions).</summary>
public static class Ui
{
    /// <summary>Signs a staff account in through the sign-in form and opens the session's page.</summary>
    public static async Task<IPage> StaffAsync(BrowserFixture fixture, string username, string view, string? path = null)
    {
        var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("用户名").FillAsync(username);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page.Locator($"[data-view={view}]")).ToBeVisibleAsync();
        if (path is not null)
        {
            await page.GotoAsync(path);
            await Connected(page);
        }

        return page;
    }

    /// <summary>An expert's terminal: the session id pre-filled by the link, the one-time code typed in.</summary>
    public static async Task<IPage> ExpertAsync(BrowserFixture fixture, string code, string sessionId = SeatedDemoSession.Id)
    {
        var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/?session={sessionId}");
        await page.GetByLabel("一次性签到码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "进入评标会" }).ClickAsync();
        await Expect(page.Locator("[data-view=expert]")).ToBeVisibleAsync();
        await Connected(page);
        return page;
    }

    /// <summary>
    /// A member already checked in (by the grain, as the phase helpers do) at their terminal: their centre's staff issue a
    /// one-time code at the desk (<c>POST …/checkin-code</c>, as the centre's page does) and the member types it in.
    /// </summary>
    public static async Task<IPage> MemberAsync(BrowserFixture fixture, string centreStaff, string personId, string sessionId = SeatedDemoSession.Id)
    {
        var desk = await fixture.SignedInAsync(centreStaff);
        var answer = await desk.APIRequest.PostAsync($"/api/sessions/{sessionId}/experts/{personId}/checkin-code");
        Assert.True(answer.Ok, $"Issuing {personId}'s code as {centreStaff}: {answer.Status} {await answer.TextAsync()}");
        var code = (await answer.JsonAsync())!.Value.GetProperty("code").GetString()!;
        await desk.CloseAsync();
        return await ExpertAsync(fixture, code, sessionId);
    }

    public static Task Connected(IPage page) => Expect(page.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("data-state", "connected");

    /// <summary>Clicks the button with exactly this text; the caller then expects what it changes (panels repaint).</summary>
    public static Task ClickAsync(ILocator scope, string button) =>
        scope.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public static Task ClickAsync(IPage page, string button) => ClickAsync(page.Locator("main"), button);

    public static Task Phase(IPage host, string phase) => Expect(host.Locator("strong[data-phase]")).ToHaveAttributeAsync("data-phase", phase);
}
