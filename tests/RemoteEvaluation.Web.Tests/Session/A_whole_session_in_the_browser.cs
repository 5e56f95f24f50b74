using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// The demo session from check-in to the close with everyone in a browser context of their own: the host centre
/// (Hangzhou), two remote centres (Ningbo, Wenzhou) and the seven committee members at those centres (five experts,
/// two tenderer representatives, all on the expert page), doing it through the pages.
/// </summary>
public sealed class A_whole_session_in_the_browser(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SessionPath = $"/sessions/{SeatedDemoSession.Id}";

    [Fact]
    public async Task runs_from_check_in_through_review_scoring_and_the_signed_report_to_the_archive()
    {
        Chromium.SkipUnlessInstalled();
        SetDefaultExpectTimeout(30_000); // a loaded CI machine; every wait still ends as soon as the page shows it
        await SeatedDemoSession.PrepareAsync(fixture.Server.Services);

        var host = await StaffAsync(fixture, "host.hz", "host", SessionPath);
        var centres = new Dictionary<string, IPage>
        {
            [SeatedDemoSession.Ningbo] = await StaffAsync(fixture, "staff.nb", "remote", SessionPath),
            [SeatedDemoSession.Wenzhou] = await StaffAsync(fixture, "staff.wz", "remote", SessionPath),
        };

        // Check-in at each expert's own centre: papers checked, checked in, the one-time code read out to the expert.
        var experts = new List<IPage>();
        foreach (var member in SeatedDemoSession.Committee)
        {
            var centre = centres[member.SiteId];
            var row = centre.Locator($"tr[data-person='{member.PersonId}']");
            await row.GetByLabel("已核验证件").CheckAsync();
            await ClickAsync(row, "核验签到");
            await Expect(row).ToContainTextAsync("已签到");
            await ClickAsync(row, "发放签到码");
            var code = await centre.Locator($".big-code[data-code-for='{member.PersonId}']").TextContentAsync();
            experts.Add(await ExpertAsync(fixture, code!.Trim()));
        }

        await Expect(host.Locator("tr[data-person]").Filter(new() { HasText = "已签到" })).ToHaveCountAsync(SeatedDemoSession.Committee.Count);
        await Screenshots.SaveAsync(centres[SeatedDemoSession.Wenzhou], "role-remote", fullPage: false);

        // Opening: declarations and the chair vote on each expert's page.
        await ClickAsync(host, "开始开标");
        await Phase(host, "Opening");
        var chairId = SeatedDemoSession.Committee[0].PersonId;
        foreach (var expert in experts)
        {
            await ClickAsync(expert, "声明无利害关系");
            await Expect(expert.GetByText("已声明无利害关系。")).ToBeVisibleAsync();
        }

        foreach (var expert in experts)
        {
            await expert.GetByLabel("推选组长").FillAsync(chairId);
            await ClickAsync(expert, "投票");
        }

        await Expect(experts[0].GetByText($"评标委员会组长：{chairId}")).ToBeVisibleAsync();

        await PresenterTurnsAPage(host, experts);
        await Screenshots.SaveAsync(experts[1], "role-expert", fullPage: false);
        await Screenshots.SaveAsync(host, "role-host", fullPage: false);
        await OfflineAndBack(host, centres[SeatedDemoSession.Ningbo]);
        await Review(host, experts);
        await Scoring(experts);
        await SummaryReportAndClose(host, experts);
        await ObserversViews();
    }

    /// <summary>The province's views of the same day: the coordinator's board, the supervisor's and auditor's pages.</summary>
    private async Task ObserversViews()
    {
        foreach (var role in new[] { "coordinator", "supervisor", "auditor" })
        {
            var page = await StaffAsync(fixture, role, role);
            await Screenshots.SaveAsync(page, $"role-{role}", fullPage: false);
        }
    }

    /// <summary>The presenter opens the tender and turns to page 2; every expert's viewer draws page 2 with pdf.js.</summary>
    private static async Task PresenterTurnsAPage(IPage host, List<IPage> experts)
    {
        var presenter = host.Locator(".presenter");
        await presenter.GetByLabel("文档编号或地址").FillAsync("tender");
        await ClickAsync(presenter, "同步到全体专家");
        await Expect(presenter.Locator("canvas.page")).ToHaveAttributeAsync("data-rendered-page", "1");
        await ClickAsync(presenter, "下一页");
        await Expect(presenter.Locator("canvas.page")).ToHaveAttributeAsync("data-rendered-page", "2");

        foreach (var expert in experts)
        {
            await Expect(expert.Locator(".viewer")).ToHaveAttributeAsync("data-document", "tender");
            await Expect(expert.Locator(".viewer canvas.page")).ToHaveAttributeAsync("data-rendered-page", "2");
        }
    }

    /// <summary>Every member passes every bid on every item; the chair concludes the review and the host opens scoring.</summary>
    private static async Task Review(IPage host, List<IPage> experts)
    {
        await ClickAsync(host, "开始资格评审");
        await Phase(host, "Review");
        foreach (var expert in experts)
        {
            var bids = expert.Locator("fieldset.review-bid");
            await Expect(bids).ToHaveCountAsync(3);
            for (var i = 0; i < 3; i++)
            {
                await ClickAsync(bids.Nth(i), "提交评审结论");
                await Expect(bids.Nth(i).GetByText("已提交，可修改后重新提交。")).ToBeVisibleAsync();
            }
        }

        await ClickAsync(experts[0], "结束资格评审（组长）");
        await Expect(experts[0].GetByText("资格评审已结束。")).ToBeVisibleAsync();
        await ClickAsync(host, "开始评分");
        await Phase(host, "Scoring");
    }

    /// <summary>
    /// Each member fills, submits and signs every sheet (blind technical and commercial, one per bid). The first member
    /// first types 11 of 10: the sheet shows the rule's message as it is typed and refuses to submit.
    /// </summary>
    private static async Task Scoring(List<IPage> experts)
    {
        var first = experts[0].Locator("fieldset.sheet").First;
        var score = first.GetByRole(AriaRole.Textbox).First;
        await score.FillAsync("11");
        await Expect(first).ToContainTextAsync("分数必须在 0 到 10 之间。");
        await Expect(score).ToHaveAttributeAsync("aria-invalid", "true");
        await ClickAsync(first, "提交评分");
        await Expect(first.Locator("p[role=alert]")).ToHaveTextAsync("还有 1 处需要修改，未提交。");
        await Expect(first).ToHaveAttributeAsync("data-status", "open");

        foreach (var expert in experts)
        {
            var sheets = expert.Locator("fieldset.sheet");
            await Expect(sheets).ToHaveCountAsync(6);
            var ids = await sheets.EvaluateAllAsync<string[]>("all => all.map(s => s.dataset.sheet)");
            foreach (var id in ids)
            {
                var sheet = expert.Locator($"fieldset.sheet[data-sheet='{id}']");
                await sheet.GetByRole(AriaRole.Textbox).First.FillAsync("8");
                await ClickAsync(sheet, "提交评分");
                await Expect(sheet).ToHaveAttributeAsync("data-status", "submitted");
                await ClickAsync(sheet, "签字确认");
                await Expect(sheet).ToHaveAttributeAsync("data-status", "signed");
            }
        }

        await Screenshots.SaveAsync(experts[0], "role-expert-scoring", fullPage: false);
    }

    /// <summary>The host sums up, the chair accepts, every member signs the report; the host closes the session.</summary>
    private static async Task SummaryReportAndClose(IPage host, List<IPage> experts)
    {
        await ClickAsync(host, "汇总评分");
        await Phase(host, "Summary");
        await ClickAsync(experts[0], "确认汇总结果（组长）");
        await Phase(host, "Report");
        foreach (var expert in experts)
        {
            await ClickAsync(expert, "同意并签字");
            await Expect(expert.GetByText("已签字（同意）", new() { Exact = true })).ToBeVisibleAsync();
        }

        await ClickAsync(host, "结束评标会");
        await Phase(host, "Closed");

        // Fees come from the pool's fee table fixed at scheduling (documents.json); archiving needs fees and conduct.
        await ConfirmedAsync(host, "结算劳务费");
        await ConfirmedAsync(host, "记录专家表现");
        await ClickAsync(host, "归档");
        await Phase(host, "Archived");
    }

    /// <summary>Clicks a command button and waits for the server's acknowledgement beside it.</summary>
    private static async Task ConfirmedAsync(IPage page, string button)
    {
        await ClickAsync(page, button);
        var command = page.Locator("main span.command").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }) });
        await Expect(command.Locator(".outcome")).ToHaveTextAsync("已确认");
    }

    /// <summary>
    /// Ningbo goes offline, sends the host a message and starts typing the next one; back online, the message is
    /// recorded exactly once and the half-typed one is still in the box.
    /// </summary>
    private static async Task OfflineAndBack(IPage host, IPage ningbo)
    {
        var status = ningbo.GetByRole(AriaRole.Status);
        await ningbo.Context.SetOfflineAsync(true);
        // Chromium's offline mode stops the WebSocket's frames without closing it: the page finds out when the server's
        // keep-alives stop coming (the client's server timeout, 30 s), so this wait is longer than the others.
        await Expect(status).Not.ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 120_000 });

        var box = ningbo.GetByLabel("消息");
        await box.FillAsync("宁波副场：网络中断期间发送");
        await ClickAsync(ningbo, "发送");
        await box.FillAsync("宁波副场：尚未发送的草稿");
        await Expect(status).ToContainTextAsync("1 条操作等待发送");

        await ningbo.Context.SetOfflineAsync(false);
        await Connected(ningbo);
        await Expect(host.Locator(".chat li").Filter(new() { HasText = "网络中断期间发送" })).ToHaveCountAsync(1);
        await Expect(ningbo.Locator(".chat li").Filter(new() { HasText = "网络中断期间发送" })).ToHaveCountAsync(1);
        await Expect(box).ToHaveValueAsync("宁波副场：尚未发送的草稿");
    }
}
