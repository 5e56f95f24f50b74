using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Server.Presence;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Server.Tests.Province;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Presence;

/// <summary>Heartbeats, round-trip times, silence, alerts and auto-suspension over real WebSockets, on the test's clock, on each store.</summary>
public abstract class HeartbeatTests
{
    /// <summary>Null for SQLite, else a PostgreSQL connection string.</summary>
    protected abstract Task<string?> DatabaseAsync();

    private async Task<PresenceServer> StartAsync(bool autoSuspend = false) => PresenceServer.Start(autoSuspend, await DatabaseAsync());

    [Fact]
    public async Task the_host_sees_each_centres_round_trip_time_measured_on_the_servers_clock()
    {
        await using var server = await StartAsync();
        await LiveSession.ScoringAsync(server.Server.Grains, "rtt");
        var (host, hostPushes) = await JoinAsync(server, "host.hz", "rtt");
        var (nb, nbPushes) = await JoinAsync(server, "staff.nb", "rtt");

        await server.TickAsync();
        await Wire.Until(() => nbPushes.Probes.Count == 1, "a probe at NB");
        server.Clock.Advance(TimeSpan.FromMilliseconds(120));
        await nb.Connection.InvokeAsync("AnswerHeartbeat", [nbPushes.Probes[0].Sequence], Wire.Cancel).Within();

        await Wire.Until(() => hostPushes.Updates.Any(u => u.SiteId == LiveSession.NingboSite), "NB's presence at the host");
        var update = hostPushes.Updates.Single(u => u.SiteId == LiveSession.NingboSite);
        Assert.Equal(("rtt", true, 120d, server.Clock.GetUtcNow()), (update.SessionId, update.Online, update.RoundTripMilliseconds, update.LastHeardAt));
        Assert.Empty(hostPushes.Alerts);
    }

    [Fact]
    public async Task an_answer_to_a_probe_never_sent_changes_nothing()
    {
        await using var server = await StartAsync();
        await LiveSession.ScoringAsync(server.Server.Grains, "forged");
        var (_, hostPushes) = await JoinAsync(server, "host.hz", "forged");
        var (nb, _) = await JoinAsync(server, "staff.nb", "forged");

        await nb.Connection.InvokeAsync("AnswerHeartbeat", [987_654L], Wire.Cancel).Within();
        var (_, _) = await JoinAsync(server, "staff.wz", "forged"); // a later call proves the answer was handled

        Assert.Empty(hostPushes.Updates);
    }

    [Fact]
    public async Task a_silent_centre_with_checked_in_experts_is_recorded_once_and_the_host_is_alerted()
    {
        await using var server = await StartAsync();
        var session = await LiveSession.ScoringAsync(server.Server.Grains, "silent");
        var (_, hostPushes) = await JoinAsync(server, "host.hz", "silent");
        await JoinAsync(server, "staff.nb", "silent");

        server.Clock.Advance(PresenceServer.SilenceAfter + TimeSpan.FromSeconds(1));
        await server.TickAsync();
        await server.TickAsync();

        await Wire.Until(() => hostPushes.Alerts.Any(a => a.SiteId == LiveSession.NingboSite), "an alert at the host");
        var alert = Assert.Single(hostPushes.Alerts, a => a.SiteId == LiveSession.NingboSite);
        Assert.Equal(LinkAlerts.Silent, alert.Code);
        var state = (await session.GetSnapshotAsync()).State;
        Assert.True(state.Presence.IsSilent(LiveSession.NingboSite));
        Assert.False(state.IsSuspended);
        var silences = await EventsOfTypeAsync(server, "silent", "presence.site_silent");
        Assert.Equal(2, silences); // nobody answered: the host centre and NB, once each; WZ never connected to be heard
    }

    [Fact]
    public async Task with_auto_suspend_on_a_silent_centre_with_experts_suspends_the_session()
    {
        await using var server = await StartAsync(autoSuspend: true);
        var session = await LiveSession.ScoringAsync(server.Server.Grains, "auto");
        await JoinAsync(server, "staff.nb", "auto"); // only NB is connected here, so only NB can go silent

        server.Clock.Advance(PresenceServer.SilenceAfter + TimeSpan.FromSeconds(1));
        await server.TickAsync();

        await Wire.Until(() => session.GetSnapshotAsync().Result.State.IsSuspended, "the session suspended");
        var suspension = (await session.GetSnapshotAsync()).State.Suspension!;
        Assert.Contains(LiveSession.NingboSite, suspension.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await EventsOfTypeAsync(server, "auto", "session.suspended"));
    }

    [Fact]
    public async Task a_silent_centre_that_answers_again_is_recorded_back_and_the_host_told()
    {
        await using var server = await StartAsync();
        var session = await LiveSession.ScoringAsync(server.Server.Grains, "back");
        var (_, hostPushes) = await JoinAsync(server, "host.hz", "back");
        var (nb, nbPushes) = await JoinAsync(server, "staff.nb", "back");
        server.Clock.Advance(PresenceServer.SilenceAfter + TimeSpan.FromSeconds(1));
        await server.TickAsync();
        await Wire.Until(() => hostPushes.Alerts.Any(a => a.Code == LinkAlerts.Silent), "the silence alert");

        await Wire.Until(() => nbPushes.Probes.Count > 0, "a probe at NB");
        await nb.Connection.InvokeAsync("AnswerHeartbeat", [nbPushes.Probes[^1].Sequence], Wire.Cancel).Within();

        await Wire.Until(() => hostPushes.Alerts.Any(a => a.Code == LinkAlerts.Back && a.SiteId == LiveSession.NingboSite), "the back alert");
        Assert.False((await session.GetSnapshotAsync()).State.Presence.IsSilent(LiveSession.NingboSite));
        Assert.Contains(hostPushes.Updates, u => u is { SiteId: LiveSession.NingboSite, Online: false });
        Assert.Equal(LiveSession.NingboSite, hostPushes.Updates[^1].SiteId);
        Assert.True(hostPushes.Updates[^1].Online);
    }

    [Fact]
    public async Task a_centres_staff_and_the_sessions_observers_are_alerted_when_a_centre_goes_silent_and_comes_back_and_never_other_centres_or_members()
    {
        await using var server = await StartAsync();
        await LiveSession.ScoringAsync(server.Server.Grains, "own-centre");
        var (_, hostPushes) = await JoinAsync(server, "host.hz", "own-centre");
        var (_, supervisorPushes) = await JoinAsync(server, "supervisor", "own-centre");
        var (_, coordinatorPushes) = await JoinAsync(server, "coordinator", "own-centre");
        var (expert, expertPushes) = await JoinAsync(server, "e2", "own-centre");
        var (nb, nbPushes) = await JoinAsync(server, "staff.nb", "own-centre");
        var (wz, wzPushes) = await JoinAsync(server, "staff.wz", "own-centre");
        server.Clock.Advance(PresenceServer.SilenceAfter + TimeSpan.FromSeconds(1));
        await server.TickAsync(); // nobody answered: every centre with checked-in members is silent

        await AnswerCentresProbeAsync((nb, nbPushes), (expert, expertPushes)); // NB is probed through one of its two connections
        await Wire.Until(() => hostPushes.Alerts.Any(a => a is { Code: LinkAlerts.Back, SiteId: LiveSession.NingboSite }), "NB back at the host");
        await AnswerLastProbeAsync(wz, wzPushes);

        // Alerts reach each connection in the order of their events, so once WZ has its own return it has had everything
        // about NB that it was ever going to get.
        await Wire.Until(() => nbPushes.Alerts.Count == 2 && wzPushes.Alerts.Count == 2, "each centre's own alerts");
        Assert.Equal([(LinkAlerts.Silent, LiveSession.NingboSite), (LinkAlerts.Back, LiveSession.NingboSite)], nbPushes.Alerts.Select(a => (a.Code, a.SiteId)));
        Assert.Equal([(LinkAlerts.Silent, LiveSession.WenzhouSite), (LinkAlerts.Back, LiveSession.WenzhouSite)], wzPushes.Alerts.Select(a => (a.Code, a.SiteId)));
        Assert.Contains(hostPushes.Alerts, a => a is { Code: LinkAlerts.Silent, SiteId: LiveSession.WenzhouSite });

        // Supervisors and coordinators watching the session hear about every centre, the host too (nobody answered there);
        // the expert (seated at NB) about none, though each alert about NB went out before the last the observers waited for.
        string[] everyCentre = [$"{LinkAlerts.Silent}:{LiveSession.HostSite}", $"{LinkAlerts.Silent}:{LiveSession.NingboSite}", $"{LinkAlerts.Silent}:{LiveSession.WenzhouSite}", $"{LinkAlerts.Back}:{LiveSession.NingboSite}", $"{LinkAlerts.Back}:{LiveSession.WenzhouSite}"];
        await Wire.Until(() => everyCentre.All(a => supervisorPushes.Alerts.Any(x => $"{x.Code}:{x.SiteId}" == a) && coordinatorPushes.Alerts.Any(x => $"{x.Code}:{x.SiteId}" == a)), "the observers' alerts");
        Assert.Equal(everyCentre.Order(StringComparer.Ordinal), supervisorPushes.Alerts.Select(a => $"{a.Code}:{a.SiteId}").Order(StringComparer.Ordinal));
        Assert.Equal(everyCentre.Order(StringComparer.Ordinal), coordinatorPushes.Alerts.Select(a => $"{a.Code}:{a.SiteId}").Order(StringComparer.Ordinal));
        Assert.Empty(expertPushes.Alerts);
    }

    [Fact]
    public async Task province_coordinators_watching_the_board_are_told_when_a_centre_goes_silent_and_comes_back()
    {
        await using var server = await StartAsync();
        await LiveSession.ScoringAsync(server.Server.Grains, "board");
        await JoinAsync(server, "host.hz", "board");
        var (nb, nbPushes) = await JoinAsync(server, "staff.nb", "board");
        await using var coordinator = await ProvinceWatcher.WatchAsync(server.Server, "coordinator");
        await using var supervisor = await ProvinceWatcher.WatchAsync(server.Server, "supervisor");
        server.Clock.Advance(PresenceServer.SilenceAfter + TimeSpan.FromSeconds(1));
        await server.TickAsync();

        await AnswerLastProbeAsync(nb, nbPushes);

        string[] silentThenBack = [$"{LinkAlerts.Silent}:{LiveSession.NingboSite}:board", $"{LinkAlerts.Back}:{LiveSession.NingboSite}:board"];
        await Wire.Until(() => coordinator.Alerts.Contains(silentThenBack[1]), "NB back on the coordinator's board");
        Assert.Equal(silentThenBack, coordinator.Alerts.Where(a => a.Contains(LiveSession.NingboSite, StringComparison.Ordinal)));
        Assert.Empty(supervisor.Alerts); // supervisors get them in the session they watch (above), not on the board
    }

    [Fact]
    public async Task joining_and_leaving_are_recorded_with_who_and_from_where()
    {
        await using var server = await StartAsync();
        var session = await LiveSession.ScoringAsync(server.Server.Grains, "who");
        var (nb, _) = await JoinAsync(server, "staff.nb", "who");
        var connected = Assert.Single((await session.GetSnapshotAsync()).State.Presence.Connections.Values);
        Assert.Equal(("staff.nb", LiveSession.NingboSite), (connected.PersonId, connected.SiteId));

        await nb.DisposeAsync();

        await Wire.Until(() => session.GetSnapshotAsync().Result.State.Presence.Connections.IsEmpty, "the disconnection recorded");
        Assert.Equal(1, await EventsOfTypeAsync(server, "who", "presence.disconnected"));
    }

    private static async Task<(HubClient Client, PresencePushes Pushes)> JoinAsync(PresenceServer server, string who, string sessionId)
    {
        var client = await server.Server.ConnectAsync(who, sessionId);
        var pushes = new PresencePushes(client);
        await client.JoinAsync(sessionId);
        return (client, pushes);
    }

    /// <summary>A centre is probed through one of its connections in turn: answers whichever got the probe.</summary>
    private static async Task AnswerCentresProbeAsync(params (HubClient Client, PresencePushes Pushes)[] connections)
    {
        await Wire.Until(() => connections.Any(c => c.Pushes.Probes.Count > 0), "a probe at the centre");
        var (client, pushes) = connections.First(c => c.Pushes.Probes.Count > 0);
        await client.Connection.InvokeAsync("AnswerHeartbeat", [pushes.Probes[^1].Sequence], Wire.Cancel).Within();
    }

    private static async Task AnswerLastProbeAsync(HubClient client, PresencePushes pushes)
    {
        await Wire.Until(() => pushes.Probes.Count > 0, "a probe");
        await client.Connection.InvokeAsync("AnswerHeartbeat", [pushes.Probes[^1].Sequence], Wire.Cancel).Within();
    }

    private static async Task<int> EventsOfTypeAsync(PresenceServer server, string sessionId, string type)
    {
        var count = 0;
        await foreach (var stored in server.Server.Store.ReadStreamAsync($"session/{sessionId}", 0, Wire.Cancel))
        {
            count += stored.Type == type ? 1 : 0;
        }

        return count;
    }
}

public sealed class HeartbeatTests_on_SQLite : HeartbeatTests
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class HeartbeatTests_on_PostgreSQL : HeartbeatTests
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
