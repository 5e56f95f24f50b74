using System.Globalization;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sites;

namespace RemoteEvaluation.Grains.Tests.Draw;

/// <summary>Three centres of one province and a pool of experts, entered through the grains.</summary>
internal static class DrawWorld
{
    public const string Secret = "0123456789abcdef0123456789abcdef";

    public static async Task CentresAsync(IGrainFactory grains, int seatsPerRemote = 10)
    {
        await Centre(grains, "site-hz", "杭州市公共资源交易中心", "330106", 20);
        await Centre(grains, "site-nb", "宁波市公共资源交易中心", "330203", seatsPerRemote);
        await Centre(grains, "site-wz", "温州市公共资源交易中心", "330302", seatsPerRemote);
        var host = grains.GetGrain<ISiteGrain>("site-hz");
        await host.ExecuteAsync(new ApproveLink("site-nb", "coordinator-1"), new CommandContext("link-nb"));
        await host.ExecuteAsync(new ApproveLink("site-wz", "coordinator-1"), new CommandContext("link-wz"));
    }

    public static async Task ExpertsAsync(IGrainFactory grains, int count, string region = "330203", string prefix = "e")
    {
        for (var i = 0; i < count; i++)
        {
            var id = $"{prefix}-{i:D4}";
            var number = IdNumber.WithCheckCharacter(region + "19750505" + (i % 1000).ToString("D3", CultureInfo.InvariantCulture));
            var result = await grains.GetGrain<IExpertGrain>(id).ExecuteAsync(
                new RegisterExpert($"专家{i}", number, new DateOnly(1975, 5, 5), "13800000000", RegionCode.Parse(region), ["C0501"], Qualification.Senior, [], []),
                new CommandContext($"register-{id}"));
            Assert.True(result.Accepted, result.Rejection?.ToString());
        }
    }

    /// <summary>Requests draw <c>d-1</c> and performs it with the world's secret; both must be accepted.</summary>
    public static async Task<IDrawGrain> DrawnAsync(IGrainFactory grains, DateTimeOffset now)
    {
        var draw = grains.GetGrain<IDrawGrain>("d-1");
        var requested = await draw.RequestAsync(Request(now), DrawSecret.CommitmentOf(Secret), new CommandContext("request"));
        Assert.True(requested.Accepted, requested.Rejection?.ToString());
        var performed = await draw.PerformAsync(Secret, "4711", new CommandContext("perform"));
        Assert.True(performed.Accepted, performed.Rejection?.ToString());
        return draw;
    }

    public static DrawRequest Request(DateTimeOffset now, int experts = 5) => new(
        "s-1",
        "site-hz",
        new DrawProject("P-1", "tenderer-1", "某招标人", RegionCode.Parse("330106"), [new Bidder("bidder-1", "甲公司", [])], []),
        [new DrawSlot("C05", experts)],
        now.AddDays(7),
        now.AddDays(7).AddHours(6),
        AvoidanceRules.All,
        DrawSettings.Default);

    private static async Task Centre(IGrainFactory grains, string id, string name, string region, int seats)
    {
        var site = grains.GetGrain<ISiteGrain>(id);
        await site.ExecuteAsync(new RegisterSite(name, RegionCode.Parse(region), SiteLevel.City), new CommandContext($"register-{id}"));
        await site.ExecuteAsync(new AddRoom("r-1", "评标室一", seats), new CommandContext($"room-{id}"));
    }
}
