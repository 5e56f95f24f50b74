using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Tests.Accounts;

namespace RemoteEvaluation.Server.Tests.Coordination;

public sealed class DrawRevealTests
{
    [Fact]
    public async Task closing_the_session_reveals_the_draw_secret_and_the_revealed_draw_re_runs_to_a_match()
    {
        var time = new FakeTimeProvider(Specs.Start.AddDays(-3));
        var gateway = Substitute.For<INotificationGateway>();
        gateway.NotifyAsync(Arg.Any<InvitationNotice>(), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        await using var server = new ServerFactory { TestServices = s => s.AddSingleton<TimeProvider>(time).AddSingleton(gateway) };
        var coordinator = await server.SignedInAsync("coordinator");
        await Province.CentresAsync(coordinator);
        await Province.ExpertsAsync(coordinator);
        var host = await server.SignedInAsync("host.hz");
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-golden", request = Province.Request("golden", Specs.Start) }, Api.Cancel);
        var performed = await (await server.SignedInAsync("supervisor")).PostAsJsonAsync("/api/draws/d-golden/perform", new { supervisorValue = "4711" }, Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, performed.StatusCode);
        Assert.Null((await DrawAsync(server)).State.RevealedSecret);

        GoldenSession.Drive(new GrainSessionDriver(server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>("golden"), time));

        var revealed = await EventuallyAsync(async () => (await DrawAsync(server)).State.RevealedSecret is not null);
        Assert.True(revealed, "The draw was not revealed after the session closed.");
        var auditor = await server.SignedInAsync("auditor");
        var record = DrawRecordJson.Deserialize(await auditor.GetStringAsync(new Uri("/api/draws/d-golden/record", UriKind.Relative), Api.Cancel));
        var verification = DrawVerifier.Verify(record);
        Assert.True(verification.Matches, string.Join("; ", verification.Findings));
        Assert.Equal("revealed", (await (await auditor.GetAsync(new Uri("/api/draws/d-golden", UriKind.Relative), Api.Cancel)).JsonAsync()).GetProperty("status").GetString());
    }

    private static Task<Grains.Draw.DrawSnapshot> DrawAsync(ServerFactory server) =>
        server.Services.GetRequiredService<IGrainFactory>().GetGrain<Grains.Draw.IDrawGrain>("d-golden").GetSnapshotAsync();

    // The reveal follows the change feed, so it lands shortly after the close; wait for it generously, assert on the outcome only.
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100, Api.Cancel);
        }

        return false;
    }
}
