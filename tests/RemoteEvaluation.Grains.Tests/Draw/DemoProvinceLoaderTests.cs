using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.Draw;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Import;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Sites;

namespace RemoteEvaluation.Grains.Tests.Draw;

public abstract class DemoProvinceLoaderTests : GrainTest
{
    private readonly INotificationGateway gateway = Substitute.For<INotificationGateway>();
    private Node node = null!;

    private static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RemoteEvaluation.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "samples", "demo-province");
        }
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        gateway.NotifyAsync(Arg.Any<InvitationNotice>(), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        node = NewNode(services: s => s.AddSingleton(gateway));
    }

    [Fact]
    public async Task the_demo_province_loads_on_an_empty_log_and_only_then()
    {
        var loader = node.Services.GetRequiredService<DemoProvinceLoader>();

        var first = await loader.LoadIfEmptyAsync(Folder, TestContext.Current.CancellationToken);
        var second = await loader.LoadIfEmptyAsync(Folder, TestContext.Current.CancellationToken);

        Assert.True(first.Loaded);
        Assert.Equal(0, first.Sites.Rejected);
        Assert.Equal(0, first.Experts.Rejected);
        Assert.True(first.Experts.Imported >= 300);
        Assert.False(second.Loaded);
        var hangzhou = await node.Grains.GetGrain<ISiteGrain>("site-330100").GetSnapshotAsync();
        Assert.Contains("site-330200", hangzhou.State.LinkedSiteIds);
        Assert.Contains("site-330122", hangzhou.State.LinkedSiteIds);
        Assert.Contains("site-330100", (await node.Grains.GetGrain<ISiteGrain>("site-330200").GetSnapshotAsync()).State.LinkedSiteIds);
    }

    [Fact]
    public async Task a_draw_over_the_demo_province_avoids_the_bidders_staff_and_the_project_city()
    {
        await node.Services.GetRequiredService<DemoProvinceLoader>().LoadIfEmptyAsync(Folder, TestContext.Current.CancellationToken);
        var pool = await node.Services.GetRequiredService<IExpertPool>().HomePoolAsync("330000", ["C05"], TestContext.Current.CancellationToken);
        var now = Fixture.Time.GetUtcNow();
        var request = new DrawRequest(
            "demo-s-1",
            "site-330100",
            new DrawProject("ZJ-2026-001", "emp-01", "演示招标人", RegionCode.Parse("330106"), [new Bidder("emp-02", "投标人甲", []), new Bidder("emp-03", "投标人乙", [])], ["dept-zjjs"]),
            [new DrawSlot("C05", 5)],
            now.AddDays(7),
            now.AddDays(7).AddHours(6),
            AvoidanceRules.All,
            DrawSettings.Default);
        var withRules = EligibleList.Build(request, pool, null, new HashSet<string>()).Primary[0];
        var withoutRules = EligibleList.Build(request with { Avoidance = AvoidanceRules.None }, pool, null, new HashSet<string>()).Primary[0];

        var draw = node.Grains.GetGrain<IDrawGrain>("demo-d-1");
        await draw.RequestAsync(request, DrawSecret.CommitmentOf(DrawWorld.Secret), new CommandContext("request"));
        var result = await draw.PerformAsync(DrawWorld.Secret, "20261130", new CommandContext("perform"));

        Assert.True(result.Accepted, result.Rejection?.ToString());
        Assert.True(withoutRules.Count - withRules.Count >= 10, $"avoidance removed only {withoutRules.Count - withRules.Count} of {withoutRules.Count}");
        var invited = (await draw.GetSnapshotAsync()).State.Invitations;
        Assert.Equal(5, invited.Count(i => i.Status == InvitationStatus.Pending));
        Assert.All(invited, i => Assert.DoesNotContain(pool.Single(e => e.ExpertId == i.ExpertId).Record.Employment, j => j.EmployerId is "emp-02" or "emp-03" && j.Until is null));
        Assert.All(invited, i => Assert.NotEqual("330100", pool.Single(e => e.ExpertId == i.ExpertId).Record.Region.City.Value));
    }
}

public sealed class DemoProvinceLoaderTests_on_SQLite : DemoProvinceLoaderTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class DemoProvinceLoaderTests_on_PostgreSQL : DemoProvinceLoaderTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
