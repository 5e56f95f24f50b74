using System.Text.Json;
using Microsoft.Playwright;

namespace RemoteEvaluation.Web.Tests.Audit;

/// <summary>
/// The auditor's replay page (回放) scrubbed in Chromium: at each chosen version it shows what the replay API — the
/// domain's Evolve over the recorded events, as an auditor may see them — says the session was at that version.
/// </summary>
public sealed class Auditor_replays_a_session(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Chat = "评标将于十点开始。";
    private const string Warning = "请将手机放入储物柜。";

    [Fact]
    public async Task scrubbing_to_three_versions_shows_the_phase_chat_document_and_warnings_the_replay_api_folds_there()
    {
        var traffic = new DemoSessionTraffic(fixture.Server.Services);
        await using var auditor = await fixture.SignedInAsync("auditor");
        var documentId = await FirstDocumentAsync(auditor);
        var chatted = await traffic.PostChatAsync(Chat);
        var shown = await traffic.ShowDocumentAsync(documentId, 2);
        var warned = await traffic.WarnAsync(Warning);

        var page = await auditor.NewPageAsync();
        await page.GotoAsync($"/sessions/{DemoSessionTraffic.SessionId}");
        var view = page.Locator("[data-view=auditor]");
        await Assertions.Expect(view.Locator(".replay-state")).ToHaveAttributeAsync("data-version", $"{warned}");

        await ScrubToAsync(page, chatted);
        await ShowsWhatTheApiFoldsAsync(page, auditor, chatted);
        await Assertions.Expect(view.Locator("[data-chat]")).ToContainTextAsync(Chat);
        await Assertions.Expect(view.Locator(".on-screen")).ToHaveAttributeAsync("data-document", "");

        await ScrubToAsync(page, warned);
        await ShowsWhatTheApiFoldsAsync(page, auditor, warned);
        await Assertions.Expect(view.Locator("[data-chat]")).ToContainTextAsync(Warning);
        await Screenshots.SaveAsync(page, "auditor-replay");

        // One step back from the warning is the document on screen, page 2.
        await page.GetByRole(AriaRole.Button, new() { Name = "后退一步" }).ClickAsync();
        await Assertions.Expect(view.Locator(".replay-state")).ToHaveAttributeAsync("data-version", $"{warned - 1}");
        Assert.Equal(shown, warned - 1);
        await ShowsWhatTheApiFoldsAsync(page, auditor, shown);
        await Assertions.Expect(view.Locator(".on-screen")).ToHaveAttributeAsync("data-document", documentId);
        await Assertions.Expect(view.Locator(".on-screen")).ToHaveAttributeAsync("data-page", "2");
        await Assertions.Expect(view.Locator("[data-chat]")).Not.ToContainTextAsync(Warning);
    }

    [Fact]
    public async Task the_integrity_check_of_an_untouched_session_says_intact_through_its_head_version()
    {
        await using var auditor = await fixture.SignedInAsync("auditor");
        var page = await auditor.NewPageAsync();
        await page.GotoAsync($"/sessions/{DemoSessionTraffic.SessionId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "校验完整性" }).ClickAsync();

        var answer = await ApiAsync(auditor, $"/api/audit/sessions/{DemoSessionTraffic.SessionId}/integrity");
        var report = page.Locator(".integrity [data-intact]");
        await Assertions.Expect(report).ToHaveAttributeAsync("data-intact", "true");
        await Assertions.Expect(report).ToHaveAttributeAsync("data-version", $"{answer.GetProperty("version").GetInt64()}");
    }

    [Fact]
    public async Task a_search_by_project_lists_the_session_and_its_replay_plays_forward_until_paused()
    {
        await using var auditor = await fixture.SignedInAsync("auditor");
        var page = await auditor.NewPageAsync();
        await page.GotoAsync("/");
        var view = page.Locator("[data-view=auditor]");

        await page.GetByLabel("项目").FillAsync("ZJ-2026-001");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await view.Locator($"tr[data-session='{DemoSessionTraffic.SessionId}']").GetByRole(AriaRole.Button, new() { Name = "回放" }).ClickAsync();
        await ScrubToAsync(page, 1);
        await page.GetByLabel("播放速度").SelectOptionAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "播放" }).ClickAsync();

        await Assertions.Expect(view.Locator(".replay-state")).Not.ToHaveAttributeAsync("data-version", "1", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "暂停" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "播放" })).ToBeVisibleAsync();
    }

    private static async Task ScrubToAsync(IPage page, long version)
    {
        // The page first shows the head version once the timeline is in; scrubbing starts from there.
        await Assertions.Expect(page.Locator(".replay-event")).ToBeVisibleAsync();
        await page.GetByLabel("时间轴（版本）").FillAsync($"{version}");
        await Assertions.Expect(page.Locator(".replay-state")).ToHaveAttributeAsync("data-version", $"{version}");
    }

    /// <summary>The page's phase, document on screen, number of messages and connections equal the replay API's at <paramref name="version"/>.</summary>
    private static async Task ShowsWhatTheApiFoldsAsync(IPage page, IBrowserContext auditor, long version)
    {
        var replay = await ApiAsync(auditor, $"/api/audit/sessions/{DemoSessionTraffic.SessionId}/replay?version={version}");
        var state = replay.GetProperty("state");
        var onScreen = state.GetProperty("onScreen");
        await Assertions.Expect(page.Locator(".replay-state [data-phase]")).ToHaveAttributeAsync("data-phase", state.GetProperty("phase").GetString()!);
        await Assertions.Expect(page.Locator(".replay-event")).ToHaveAttributeAsync("data-event", replay.GetProperty("event").GetProperty("type").GetString()!);
        await Assertions.Expect(page.Locator(".on-screen")).ToHaveAttributeAsync("data-document", onScreen.ValueKind == JsonValueKind.Null ? "" : onScreen.GetProperty("documentId").GetString()!);
        await Assertions.Expect(page.Locator("[data-chat]")).ToHaveAttributeAsync("data-chat", $"{replay.GetProperty("chat").GetArrayLength()}");
        await Assertions.Expect(page.Locator("[data-connected]")).ToHaveAttributeAsync("data-connected", $"{state.GetProperty("connected").GetArrayLength()}");
    }

    private static async Task<string> FirstDocumentAsync(IBrowserContext context)
    {
        var documents = await ApiAsync(context, $"/api/sessions/{DemoSessionTraffic.SessionId}/documents");
        return documents.EnumerateArray().First().GetProperty("documentId").GetString()!;
    }

    private static async Task<JsonElement> ApiAsync(IBrowserContext context, string path)
    {
        var response = await context.APIRequest.GetAsync(path);
        Assert.True(response.Status == 200, $"GET {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
