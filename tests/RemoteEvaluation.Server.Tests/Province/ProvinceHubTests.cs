using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Province;
using RemoteEvaluation.Server.Tests.Hubs;

namespace RemoteEvaluation.Server.Tests.Province;

/// <summary>The province board over the real client on real Kestrel: today's sessions, live changes, who may watch.</summary>
public sealed class ProvinceHubTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private LiveServer server = null!;

    public ValueTask InitializeAsync()
    {
        server = LiveServer.Start(testServices: services => services.AddSingleton<TimeProvider>(clock));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("coordinator")]
    [InlineData("supervisor")]
    public async Task coordinators_and_supervisors_see_todays_sessions_with_their_centres(string who)
    {
        await ScheduleAsync("today-1", clock.GetUtcNow().AddMinutes(1));
        await ScheduleAsync("in-two-days", clock.GetUtcNow().AddDays(2));
        await using var watcher = await ConnectAsync(who);

        var today = await watcher.InvokeAsync<IReadOnlyList<ProvinceSession>>("Watch", [], Wire.Cancel).Within();

        var session = Assert.Single(today);
        Assert.Equal(("today-1", "Scheduled", false), (session.SessionId, session.Phase, session.Suspended));
        Assert.Equal([(LiveSession.HostSite, true), (LiveSession.NingboSite, false)], session.Sites.Select(s => (s.SiteId, s.Host)));
    }

    [Fact]
    public async Task a_watcher_is_told_when_a_session_of_today_changes()
    {
        var session = await ScheduleAsync("today-2", clock.GetUtcNow().AddMinutes(1));
        await using var watcher = await ConnectAsync("coordinator");
        var changes = new List<ProvinceSession>();
        watcher.On<ProvinceSession>("SessionChanged", s =>
        {
            lock (changes)
            {
                changes.Add(s);
            }
        });
        await watcher.InvokeAsync<IReadOnlyList<ProvinceSession>>("Watch", [], Wire.Cancel).Within();

        await LiveSession.RunAsync(session, new SuspendSession(LiveSession.Host, "Link to NB down"));

        await Wire.Until(() => { lock (changes) { return changes.Any(c => c.Suspended); } }, "the suspension on the board");
    }

    [Fact]
    public async Task a_view_older_than_one_already_pushed_is_never_pushed_after_it()
    {
        var session = await ScheduleAsync("today-3", clock.GetUtcNow().AddMinutes(1));
        var board = server.Services.GetRequiredService<ProvinceBoard>();
        await using var watcher = await ConnectAsync("coordinator");
        var versions = new List<long>();
        watcher.On<ProvinceSession>("SessionChanged", s =>
        {
            lock (versions)
            {
                versions.Add(s.Version);
            }
        });
        await watcher.InvokeAsync<IReadOnlyList<ProvinceSession>>("Watch", [], Wire.Cancel).Within();
        var older = await session.GetSnapshotAsync();

        await LiveSession.RunAsync(session, new SuspendSession(LiveSession.Host, "Link to NB down"));
        await Wire.Until(() => { lock (versions) { return versions.Contains(older.Version + 1); } }, "the suspension on the board");
        await board.PushAsync(older); // the handler of an earlier notice, reaching its push only now
        await LiveSession.RunAsync(session, new ResumeSession(LiveSession.Host));
        await Wire.Until(() => { lock (versions) { return versions.Contains(older.Version + 2); } }, "the resumption on the board");

        lock (versions)
        {
            Assert.Equal([older.Version + 1, older.Version + 2], versions);
        }
    }

    [Theory]
    [InlineData("host.hz")]
    [InlineData("staff.nb")]
    [InlineData("admin")]
    public async Task centre_staff_and_administrators_cannot_watch_the_province(string who)
    {
        await using var watcher = await ConnectAsync(who);

        var refused = await Assert.ThrowsAsync<HubInvocationException>(() => watcher.InvokeAsync<IReadOnlyList<ProvinceSession>>("Watch", [], Wire.Cancel).Within());

        Assert.Equal(AccessRejections.WrongRole, refused.Code);
    }

    private async Task<Grains.Sessions.ISessionGrain> ScheduleAsync(string sessionId, DateTimeOffset startsAt)
    {
        var session = server.Grains.GetGrain<Grains.Sessions.ISessionGrain>(sessionId);
        await LiveSession.RunAsync(session,
            new ScheduleSession(LiveSession.Host, "ZJ-" + sessionId, "Library extension", LiveSession.HostSite, startsAt),
            new LinkRemoteSite(LiveSession.Host, LiveSession.NingboSite));
        return session;
    }

    private Task<HubConnection> ConnectAsync(string who) => ProvinceWatcher.ConnectAsync(server, who);
}
