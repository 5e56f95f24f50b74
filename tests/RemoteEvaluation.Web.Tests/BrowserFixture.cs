using System.Net;
using Microsoft.Playwright;

namespace RemoteEvaluation.Web.Tests;

/// <summary>
/// One real server and one headless Chromium shared by a test class; each participant (host staff, an expert, a
/// remote centre) gets a fresh browser context of its own: its own cookies, storage and pages.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo@2026";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = BrowserServer.Start();
        if (!Chromium.IsInstalled)
        {
            return; // each test skips with the reason
        }

        // Playwright's own driver (node, shipped in the NuGet package) drives Debian's Chromium: no browser download.
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox"], // tests run as root in CI, where Chromium's sandbox cannot start
        });
    }

    /// <summary>A fresh browser context whose pages and API requests go to the server, signed out.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        Chromium.SkipUnlessInstalled();
        return await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
    }

    /// <summary>A fresh context signed in as a demo staff account: the sign-in cookie is set in the context itself.</summary>
    public async Task<IBrowserContext> SignedInAsync(string username)
    {
        var context = await NewContextAsync();
        var response = await context.APIRequest.PostAsync("/api/auth/login?useCookies=true", new APIRequestContextOptions
        {
            DataObject = new { username, password = DemoPassword },
        });
        Assert.True(response.Status == (int)HttpStatusCode.OK, $"Signing in as {username}: {response.Status} {await response.TextAsync()}");
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
