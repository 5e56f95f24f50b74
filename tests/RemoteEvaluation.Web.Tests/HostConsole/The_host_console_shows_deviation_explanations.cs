using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Web.Tests.Session;
using static Microsoft.Playwright.Assertions;
using static RemoteEvaluation.Web.Tests.Session.Ui;

namespace RemoteEvaluation.Web.Tests.HostConsole;

/// <summary>
/// The host console's summary (评分汇总) names each deviation flag (偏离提示) as unexplained until its member explains it,
/// and then shows the explanation (偏离说明) beside the flag and on hover, pushed live: the host sees why the chair
/// cannot accept the summary yet, and what was written.
/// </summary>
public sealed class The_host_console_shows_deviation_explanations(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Expert = "demo-0011"; // at Wenzhou
    private const string Reason = "该投标人施工方案未提供深基坑支护措施";

    [Fact]
    public async Task a_flag_reads_unexplained_until_its_member_explains_it_and_then_shows_the_reason()
    {
        Chromium.SkipUnlessInstalled();
        await DemoSessionInSummary.BringAsync(fixture.Server.Services,
            outlier: new(Expert, "emp-02", "t.method", 2, "施工方案缺少深基坑支护措施"));
        var host = await StaffAsync(fixture, "host.hz", "host", $"/sessions/{SeatedDemoSession.Id}");
        var flag = host.Locator($"ul.flags li[data-flag='{Expert}|emp-02|t.method']");

        await Expect(flag).ToHaveAttributeAsync("data-explained", "false");
        await Expect(flag).ToContainTextAsync("尚未说明理由");
        await Expect(flag).ToContainTextAsync("的 施工方案 打分 2"); // the item's name, as the member's page gives it, not its id

        var session = fixture.Server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(SeatedDemoSession.Id);
        var member = SeatedDemoSession.MemberActor(SeatedDemoSession.Committee.Single(m => m.PersonId == Expert));
        await SeatedDemoSession.SendAsync(session, "explain", new ExplainDeviation(member, Expert, "emp-02", "t.method", Reason));

        await Expect(flag).ToHaveAttributeAsync("data-explained", "true");
        await Expect(flag.Locator("[data-explanation]")).ToHaveTextAsync($"已说明：{Reason}");
        await Expect(flag).ToHaveAttributeAsync("title", Reason);
        await Expect(flag).Not.ToContainTextAsync("尚未说明理由");
    }
}
