using Microsoft.Playwright;

namespace RemoteEvaluation.Web.Tests.Audit;

/// <summary>
/// The supervisor's page (监督) in Chromium: a live view of the session with nothing that changes it, and the one
/// command a supervisor has — a warning, which the host console shows as soon as it is recorded.
/// </summary>
public sealed class Supervisor_watches_a_session(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>The only buttons the supervisor's page may carry: back to the list, the warning, and reading the document.</summary>
    private static readonly string[] Allowed = ["返回列表", "发出警示", "上一页", "下一页", "放大", "缩小", "自由浏览", "返回主持人页面"];

    [Fact]
    public async Task the_live_view_has_no_command_controls_only_the_warning_form()
    {
        await using var supervisor = await fixture.SignedInAsync("supervisor");
        var page = await supervisor.NewPageAsync();
        await page.GotoAsync($"/sessions/{DemoSessionTraffic.SessionId}");
        var view = page.Locator("[data-view=supervisor]");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(view.Locator("[data-site]")).ToHaveCountAsync(3); // the host centre and the two remote centres, live

        var buttons = await view.GetByRole(AriaRole.Button).AllInnerTextsAsync();
        var fields = await view.Locator("input, select, textarea").EvaluateAllAsync<string[]>("all => all.map(x => x.name)");
        await Screenshots.SaveAsync(page, "supervisor-live");

        Assert.Empty(buttons.Select(b => b.Trim()).Except(Allowed));
        Assert.Contains("发出警示", buttons);
        Assert.Equal(["warningTarget", "warningText"], fields);
    }

    [Fact]
    public async Task a_warning_sent_from_the_page_reaches_the_host_console()
    {
        await using var host = await fixture.SignedInAsync("host.hz");
        await using var supervisor = await fixture.SignedInAsync("supervisor");
        var console = await host.NewPageAsync();
        await console.GotoAsync($"/sessions/{DemoSessionTraffic.SessionId}");
        await Assertions.Expect(console.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("data-state", "connected");
        var page = await supervisor.NewPageAsync();
        await page.GotoAsync($"/sessions/{DemoSessionTraffic.SessionId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("data-state", "connected");

        await page.GetByLabel("发送对象").SelectOptionAsync(new SelectOptionValue { Label = "致全体会场" });
        await page.GetByLabel("警示内容").FillAsync("请保持评标现场安静，禁止私下交流。");
        await page.GetByRole(AriaRole.Button, new() { Name = "发出警示" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-view=supervisor] .warnings-list")).ToContainTextAsync("请保持评标现场安静，禁止私下交流。");
        await Assertions.Expect(console.Locator("[data-view=host] .warnings-list")).ToContainTextAsync("致全体会场: 请保持评标现场安静，禁止私下交流。");
        await Screenshots.SaveAsync(console, "host-console-warning");
    }

    [Fact]
    public async Task a_warning_shows_once_on_the_host_console_in_the_warnings_panel()
    {
        const string text = "主场请核对专家身份证件后再开标。";
        await using var host = await fixture.SignedInAsync("host.hz");
        var console = await host.NewPageAsync();
        await console.GotoAsync($"/sessions/{DemoSessionTraffic.SessionId}");
        await Assertions.Expect(console.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("data-state", "connected");
        var traffic = new DemoSessionTraffic(fixture.Server.Services);

        await traffic.WarnAsync(text);
        // Pushes reach a connection in order: once this later message shows, the warning's alert has been received too.
        await traffic.PostChatAsync("主场：收到警示。");
        await Assertions.Expect(console.Locator(".chat li").Filter(new() { HasText = "主场：收到警示。" })).ToHaveCountAsync(1);

        var view = console.Locator("[data-view=host]");
        await Assertions.Expect(view.Locator(".warnings-list li").Filter(new() { HasText = text })).ToHaveCountAsync(1);
        await Assertions.Expect(view.GetByText(text)).ToHaveCountAsync(1);
    }
}
