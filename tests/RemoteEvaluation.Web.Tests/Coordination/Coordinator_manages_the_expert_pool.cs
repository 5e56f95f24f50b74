using System.Text;
using Microsoft.Playwright;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.Coordination;

/// <summary>
/// The coordinator's expert pool panel (专家库管理) over the real coordinator API: importing a file shows its per-row
/// report, the search goes a page at a time, and an expert's record changes status from its detail view. The experts
/// are rows of the demo province's own file (samples/demo-province/experts.csv); each test takes rows of its own.
/// </summary>
public sealed class Coordinator_manages_the_expert_pool(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] DemoFile = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", "demo-province", "experts.csv"));

    [Fact]
    public async Task an_imported_file_shows_each_row_imported_or_refused_with_its_reason()
    {
        var page = await StaffAsync(fixture, "coordinator", "coordinator");
        var csv = Csv(DemoFile.Skip(301).Take(2)) + "bad-1,无名,123,1975-05-05,138,330203,Senior,C0501,,\n";
        var pool = page.Locator(".expert-pool");

        await pool.GetByLabel("导入文件").SetInputFilesAsync(new FilePayload { Name = "experts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await ClickAsync(pool, "导入");

        var report = pool.Locator(".import-report");
        await Expect(report.Locator("[data-imported]")).ToHaveAttributeAsync("data-imported", "2");
        await Expect(report.Locator("tr[data-outcome=Imported]")).ToHaveCountAsync(2);
        var refused = report.Locator("tr[data-outcome=Rejected]");
        await Expect(refused).ToContainTextAsync("bad-1");
        await Expect(refused.Locator($"li[data-code='{ExpertRejections.InvalidIdNumber}']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task the_search_goes_through_the_matches_a_page_at_a_time()
    {
        var page = await StaffAsync(fixture, "coordinator", "coordinator");
        await ImportAsync(page, DemoFile.Skip(1).Take(25)); // demo-0000 … demo-0024
        var pool = page.Locator(".expert-pool");

        await pool.GetByLabel("编号或姓名").FillAsync("demo-00");
        await ClickAsync(pool, "查询");
        var paging = pool.Locator(".pool-paging");
        await Expect(paging).ToHaveAttributeAsync("data-total", "25");
        await Expect(pool.Locator("tr[data-expert]")).ToHaveCountAsync(20);
        await ClickAsync(pool, "下一页");

        await Expect(paging).ToHaveAttributeAsync("data-page", "2");
        await Expect(pool.Locator("tr[data-expert]")).ToHaveCountAsync(5);
        await Expect(pool.Locator("tr[data-expert]").First).ToHaveAttributeAsync("data-expert", "demo-0020");
    }

    [Fact]
    public async Task an_expert_is_suspended_from_their_record_with_the_reason()
    {
        var page = await StaffAsync(fixture, "coordinator", "coordinator");
        await ImportAsync(page, DemoFile.Skip(201).Take(1)); // demo-0200
        var pool = page.Locator(".expert-pool");
        await pool.GetByLabel("编号或姓名").FillAsync("demo-0200");
        await ClickAsync(pool, "查询");
        await ClickAsync(pool.Locator("tr[data-expert='demo-0200']"), "查看");
        var detail = pool.Locator(".expert-detail");
        await Expect(detail.Locator("[data-expert='demo-0200']")).ToHaveAttributeAsync("data-status", "Active");

        await detail.GetByLabel("新状态").SelectOptionAsync(new SelectOptionValue { Label = "暂停" });
        await detail.GetByLabel("变更原因").FillAsync("本人申请暂停一年");
        await ClickAsync(detail, "变更");

        await Expect(detail.Locator("[data-expert='demo-0200']")).ToHaveAttributeAsync("data-status", "Suspended");
        await Expect(pool.Locator("tr[data-expert='demo-0200']")).ToHaveAttributeAsync("data-status", "Suspended");
    }

    [Fact]
    public async Task a_penalty_recorded_from_the_record_is_listed_in_it()
    {
        var page = await StaffAsync(fixture, "coordinator", "coordinator");
        await ImportAsync(page, DemoFile.Skip(202).Take(1)); // demo-0201
        var pool = page.Locator(".expert-pool");
        await pool.GetByLabel("编号或姓名").FillAsync("demo-0201");
        await ClickAsync(pool, "查询");
        await ClickAsync(pool.Locator("tr[data-expert='demo-0201']"), "查看");
        var detail = pool.Locator(".expert-detail");
        await Expect(detail.Locator("[data-expert='demo-0201']")).ToBeVisibleAsync();

        await detail.GetByLabel("处罚编号").FillAsync("pen-2026-07");
        await detail.GetByLabel("处罚种类").SelectOptionAsync(new SelectOptionValue { Label = "警告" });
        await detail.GetByLabel("处罚原因").FillAsync("评标中途无故离场");
        await detail.GetByLabel("处罚日期").FillAsync("2026-11-20");
        await ClickAsync(detail, "记录");

        await Expect(detail.Locator("li[data-penalty='pen-2026-07']")).ToContainTextAsync("评标中途无故离场");
    }

    /// <summary>Imports rows through the API with the page's own sign-in (the panel is tested by the first test).</summary>
    private static async Task ImportAsync(IPage page, IEnumerable<string> rows)
    {
        var answer = await page.Context.APIRequest.PostAsync("/api/experts/import", new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
            DataString = Csv(rows),
        });
        Assert.True(answer.Ok, $"{answer.Status} {await answer.TextAsync()}");
    }

    private static string Csv(IEnumerable<string> rows) => string.Join('\n', [DemoFile[0], .. rows]) + "\n";
}
