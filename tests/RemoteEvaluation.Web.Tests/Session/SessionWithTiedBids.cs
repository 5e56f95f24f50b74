using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Web.Tests.Session;

/// <summary>
/// A session like the demo one, run by the same centres and committee, whose two lowest bids are at the same price
/// (the demo bids' prices all differ, so the ranking rules always separate them). With every sheet at the same score the
/// two are level on every key of the comprehensive method: a tie (并列) that only the tenderer can decide.
/// </summary>
public static class SessionWithTiedBids
{
    public const string First = "emp-02";
    public const string Second = "emp-03";

    /// <summary>Schedules <paramref name="sessionId"/> for tomorrow and brings it to the summary.</summary>
    public static async Task BringToSummaryAsync(IServiceProvider services, string sessionId)
    {
        var session = services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(sessionId);
        var host = SeatedDemoSession.Host;
        var startsAt = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(1), TimeSpan.Zero);
        await SeatedDemoSession.SendAsync(session, "tie:schedule", new ScheduleSession(host, "ZJ-2026-T01", "演示省并列排序测试工程", SeatedDemoSession.Hangzhou, startsAt, 92_000_000m));
        await SeatedDemoSession.SendAsync(session, "tie:link:nb", new LinkRemoteSite(host, SeatedDemoSession.Ningbo));
        await SeatedDemoSession.SendAsync(session, "tie:link:wz", new LinkRemoteSite(host, SeatedDemoSession.Wenzhou));
        await SeatedDemoSession.SendAsync(session, "tie:bids", new RegisterBids(host,
        [
            new Bid(First, "浙江演示信息技术有限公司02", 86_450_000m, 8.5m),
            new Bid(Second, "浙江演示水利水电工程有限公司03", 86_450_000m, 8.5m),
            new Bid("emp-05", "浙江演示工程设计院有限公司05", 88_120_000m, 7.5m),
        ]));
        await DemoSessionInSummary.BringAsync(services, sessionId);
    }
}
