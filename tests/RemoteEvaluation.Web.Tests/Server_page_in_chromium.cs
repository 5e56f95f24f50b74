namespace RemoteEvaluation.Web.Tests;

/// <summary>The smoke test of the browser foundation: Chromium, driven by Playwright, opens the server's first page.</summary>
public sealed class Server_page_in_chromium(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task the_root_page_loads_with_no_console_errors()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // Chromium asks for /favicon.ico on its own; that request is the browser's, not the page's. A signed-out
            // page's "who am I" (GET /api/auth/me) answers 401 by design, and Chromium logs every 401 it loads.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal)
                && !message.Location.Contains("/api/auth/me", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        var response = await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await Screenshots.SaveAsync(page, "server-root");

        Assert.Equal(200, response?.Status);
        Assert.Contains("远程异地评标", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-view=login]").CountAsync());
        Assert.True(errors.Count == 0, $"Console errors: {string.Join(" | ", errors)}");
    }
}
