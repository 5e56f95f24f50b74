using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using RemoteEvaluation.Domain.Evidence;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Evidence;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Notifications;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Evidence;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Evidence;

/// <summary>
/// The golden session with its draw, run on the real server, exported as an evidence package and verified offline
/// against the host centre's published key — on each store.
/// </summary>
public abstract class EvidenceExportTests
{
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task an_archived_session_exports_a_package_that_verifies_against_the_host_centre_s_published_key()
    {
        await using var server = await GoldenServerAsync();
        await DriveGoldenSessionAsync(server);

        var export = await (await server.SignedInAsync("auditor")).GetAsync(new Uri("/api/sessions/golden/evidence", UriKind.Relative), Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        var key = await server.CreateClient().GetStringAsync(new Uri($"/api/sites/{People.HostSite}/evidence-key", UriKind.Relative), Api.Cancel);

        var verification = EvidenceVerifier.Verify(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Api.Cancel)), key);

        Assert.Null(verification.Problem);
        var manifest = verification.Manifest!;
        var head = await server.Services.GetRequiredService<IEventStore>().GetHeadAsync("session/golden", Api.Cancel);
        Assert.Equal((head!.Version, Convert.ToHexStringLower(head.LastHash.Span)), (manifest.Events.Count, manifest.Events.FinalHash));
        Assert.Equal(("ZJ-2026-077", People.HostSite, "Archived"), (manifest.Session.ProjectCode, manifest.Session.HostSiteId, manifest.Session.Phase));
        var draw = Assert.Single(manifest.Draws);
        Assert.Equal("d-golden", draw.DrawId);
        Assert.NotNull(draw.RevealedSecret);
        Assert.Equal("4711", Assert.Single(draw.Rounds).SupervisorValue);
        Assert.Equal(EvidenceAlgorithms.EcdsaP256, manifest.Algorithm);
    }

    [Fact]
    public async Task the_host_centre_s_own_staff_may_export_and_sign_with_the_same_key_each_time()
    {
        await using var server = await GoldenServerAsync();
        await DriveGoldenSessionAsync(server);
        var admin = await server.SignedInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/accounts", new { username = "host.golden", displayName = "主场 HZ", role = "host_staff", siteId = People.HostSite, password = "Initial-Pass-1" }, Api.Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var host = await server.SignedInAsync("host.golden", "Initial-Pass-1");

        var first = EvidenceVerifier.Verify(new MemoryStream(await host.GetByteArrayAsync(new Uri("/api/sessions/golden/evidence", UriKind.Relative), Api.Cancel)));
        var second = EvidenceVerifier.Verify(new MemoryStream(await (await server.SignedInAsync("supervisor")).GetByteArrayAsync(new Uri("/api/sessions/golden/evidence", UriKind.Relative), Api.Cancel)));

        Assert.Null(first.Problem);
        Assert.Null(second.Problem);
        Assert.Equal(first.Manifest!.Key.Fingerprint, second.Manifest!.Key.Fingerprint);
    }

    [Theory]
    [InlineData("host.hz")]
    [InlineData("staff.nb")]
    [InlineData("admin")]
    public async Task staff_who_are_not_auditors_supervisors_coordinators_or_the_host_centre_cannot_export(string username)
    {
        await using var server = await GoldenServerAsync();
        await DriveGoldenSessionAsync(server);

        var export = await (await server.SignedInAsync(username)).GetAsync(new Uri("/api/sessions/golden/evidence", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
    }

    [Fact]
    public async Task a_session_that_is_not_closed_is_refused_with_409_session_not_closed()
    {
        var time = new FakeTimeProvider(Specs.Start.AddDays(-3));
        await using var server = new ServerFactory { PostgreSql = await DatabaseAsync(), TestServices = s => s.AddSingleton<TimeProvider>(time) };
        var session = server.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>("running");
        var scheduled = await session.ExecuteAsync(SampleCommands.Typical()[0], new CommandContext("schedule-1", "host-1", "HostStaff", People.HostSite));
        Assert.True(scheduled.Accepted, scheduled.Rejection?.ToString());

        var export = await (await server.SignedInAsync("coordinator")).GetAsync(new Uri("/api/sessions/running/evidence", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.Conflict, export.StatusCode);
        Assert.Equal(EvidenceRejections.SessionNotClosed, (await export.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task with_the_sm2_setting_the_package_is_signed_with_the_centre_s_sm2_key()
    {
        await using var server = await GoldenServerAsync(s => s.Configure<EvidenceOptions>(o => o.Algorithm = EvidenceAlgorithms.Sm2));
        await DriveGoldenSessionAsync(server);

        var package = await (await server.SignedInAsync("auditor")).GetByteArrayAsync(new Uri("/api/sessions/golden/evidence", UriKind.Relative), Api.Cancel);
        var key = await server.CreateClient().GetStringAsync(new Uri($"/api/sites/{People.HostSite}/evidence-key", UriKind.Relative), Api.Cancel);
        var verification = EvidenceVerifier.Verify(new MemoryStream(package), key);

        Assert.Null(verification.Problem);
        Assert.Equal(EvidenceAlgorithms.Sm2, verification.Manifest!.Algorithm);
    }

    [Fact]
    public async Task the_key_of_a_centre_that_is_not_registered_is_not_found()
    {
        await using var server = new ServerFactory { PostgreSql = await DatabaseAsync() };

        var key = await server.CreateClient().GetAsync(new Uri("/api/sites/nowhere/evidence-key", UriKind.Relative), Api.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, key.StatusCode);
    }

    private async Task<ServerFactory> GoldenServerAsync(Action<IServiceCollection>? more = null)
    {
        var time = new FakeTimeProvider(Specs.Start.AddDays(-3));
        var gateway = Substitute.For<INotificationGateway>();
        gateway.NotifyAsync(Arg.Any<InvitationNotice>(), Arg.Any<CancellationToken>()).Returns(NotificationOutcome.Ok);
        var server = new ServerFactory
        {
            PostgreSql = await DatabaseAsync(),
            TestServices = s =>
            {
                s.AddSingleton<TimeProvider>(time).AddSingleton(gateway);
                more?.Invoke(s);
            },
        };
        var coordinator = await server.SignedInAsync("coordinator");
        await Coordination.Province.CentresAsync(coordinator);
        await Coordination.Province.RegisterAsync(coordinator, People.HostSite, "Golden host centre", "330106", 10);
        await Coordination.Province.ExpertsAsync(coordinator);
        var host = await server.SignedInAsync("host.hz");
        await host.PostAsJsonAsync("/api/draws", new { drawId = "d-golden", request = Coordination.Province.Request("golden", Specs.Start) }, Api.Cancel);
        var performed = await (await server.SignedInAsync("supervisor")).PostAsJsonAsync("/api/draws/d-golden/perform", new { supervisorValue = "4711" }, Api.Cancel);
        Assert.Equal(HttpStatusCode.OK, performed.StatusCode);
        return server;
    }

    // Runs the golden session to its archive and waits for the draw's secret to be revealed on close.
    private static async Task DriveGoldenSessionAsync(ServerFactory server)
    {
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var time = (FakeTimeProvider)server.Services.GetRequiredService<TimeProvider>();
        await Task.Run(() => GoldenSession.Drive(new GrainSessionDriver(grains.GetGrain<ISessionGrain>("golden"), time)), Api.Cancel);
        for (var i = 0; i < 300 && (await grains.GetGrain<Grains.Draw.IDrawGrain>("d-golden").GetSnapshotAsync()).State.RevealedSecret is null; i++)
        {
            await Task.Delay(100, Api.Cancel);
        }
    }
}

public sealed class EvidenceExportTests_on_SQLite : EvidenceExportTests
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class EvidenceExportTests_on_PostgreSQL : EvidenceExportTests
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
