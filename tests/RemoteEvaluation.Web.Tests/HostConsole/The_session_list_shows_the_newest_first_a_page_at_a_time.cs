using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.HostConsole;

/// <summary>
/// The host centre's session list (评标会列表) with more sessions than one page: the newest is on top, the first page of
/// 50 is shown as soon as it arrives, and "显示更多" adds the older ones after it until there are no more.
/// </summary>
public sealed class The_session_list_shows_the_newest_first_a_page_at_a_time(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int Later = 55; // after the demo session, which starts tomorrow: 56 sessions at Hangzhou

    [Fact]
    public async Task the_first_page_holds_the_newest_sessions_and_more_adds_the_older_ones()
    {
        Chromium.SkipUnlessInstalled();
        var grains = fixture.Server.Services.GetRequiredService<IGrainFactory>();
        for (var day = 2; day < 2 + Later; day++)
        {
            var id = Id(day);
            await SeatedDemoSession.SendAsync(grains.GetGrain<ISessionGrain>(id), $"list:{id}",
                new ScheduleSession(SeatedDemoSession.Host, $"ZJ-LIST-{day:00}", "列表测试项目", SeatedDemoSession.Hangzhou, DateTimeOffset.UtcNow.AddDays(day)));
        }

        var host = await StaffAsync(fixture, "host.hz", "host");
        var rows = host.Locator("table.sessions tbody tr");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(rows.First).ToHaveAttributeAsync("data-session", Id(Later + 1));
        await Expect(rows.Last).ToHaveAttributeAsync("data-session", Id(Later + 2 - 50));

        await ClickAsync(host, "显示更多");

        await Expect(rows).ToHaveCountAsync(Later + 1);
        await Expect(rows.Nth(50)).ToHaveAttributeAsync("data-session", Id(Later + 1 - 50));
        await Expect(rows.Last).ToHaveAttributeAsync("data-session", SeatedDemoSession.Id);
        await Expect(host.GetByRole(AriaRole.Button, new() { Name = "显示更多" })).ToBeHiddenAsync();
    }

    private static string Id(int day) => string.Create(CultureInfo.InvariantCulture, $"list-{day:00}");
}
