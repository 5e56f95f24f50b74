using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Server.Presence;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Server.Tests.Presence;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Province;

/// <summary>
/// Coordinators on the province board are told every silence and return recorded in a session of today after the view
/// <c>Watch</c> answered, once each and in order, however the board's views of the session fall: over real WebSockets
/// on real Kestrel, on each store.
/// </summary>
public abstract class ProvinceLinkAlertTests
{
    /// <summary>Null for SQLite, else a PostgreSQL connection string.</summary>
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task a_silence_and_a_return_recorded_between_two_views_of_the_board_both_reach_coordinators_in_order()
    {
        await using var server = PresenceServer.Start(postgreSql: await DatabaseAsync());
        var session = await LiveSession.ScoringAsync(server.Server.Grains, "between");
        await using var coordinator = await ProvinceWatcher.WatchAsync(server.Server, "coordinator");

        // One append, so the board hears one notice and reads one view with the centre back already: as when a notice
        // is handled after the next append landed, or another node's two appends are heard as one.
        await RecordInOneAppendAsync(server, session,
            new RecordSiteSilent(Actor.System, LiveSession.NingboSite, server.Clock.GetUtcNow().AddSeconds(-31)),
            new RecordSiteBack(Actor.System, LiveSession.NingboSite));

        string[] silentThenBack = [$"{LinkAlerts.Silent}:{LiveSession.NingboSite}:between", $"{LinkAlerts.Back}:{LiveSession.NingboSite}:between"];
        await Wire.Until(() => coordinator.Alerts.Count >= 2, "NB silent and back on the coordinator's board");
        Assert.Equal(silentThenBack, coordinator.Alerts);
    }

    [Fact]
    public async Task a_silence_recorded_before_the_board_answered_is_in_the_answer_and_not_told_again()
    {
        await using var server = PresenceServer.Start(postgreSql: await DatabaseAsync());
        var session = await LiveSession.ScoringAsync(server.Server.Grains, "before");
        await LiveSession.RunAsync(session, new RecordSiteSilent(Actor.System, LiveSession.NingboSite, server.Clock.GetUtcNow().AddSeconds(-31)));
        await using var coordinator = await ProvinceWatcher.WatchAsync(server.Server, "coordinator");

        await LiveSession.RunAsync(session, new RecordSiteBack(Actor.System, LiveSession.NingboSite));

        await Wire.Until(() => coordinator.Alerts.Count >= 1, "NB back on the coordinator's board");
        Assert.Equal([$"{LinkAlerts.Back}:{LiveSession.NingboSite}:before"], coordinator.Alerts);
    }

    /// <summary>Decides <paramref name="commands"/> by the session's rules, in turn, and appends what they record in one append.</summary>
    private static async Task RecordInOneAppendAsync(PresenceServer server, ISessionGrain session, params SessionCommand[] commands)
    {
        var snapshot = await session.GetSnapshotAsync();
        var codec = new EventCodec<SessionEvent>();
        var state = snapshot.State;
        var events = new List<NewEvent>();
        foreach (var command in commands)
        {
            var decision = SessionDecider.Decide(state, command, server.Clock.GetUtcNow());
            Assert.False(decision.IsRejected, decision.Rejection?.ToString());
            state = decision.Events.Aggregate(state, SessionDecider.Evolve);
            var metadata = CommandContext.System($"together-{events.Count}").ToMetadata();
            events.AddRange(decision.Events.Select(e => new NewEvent(codec.NameOf(e), codec.Encode(e), metadata)));
        }

        var appended = await server.Server.Store.AppendAsync(HubGroups.Stream(snapshot.SessionId), snapshot.Version, events, cancellationToken: Wire.Cancel);
        Assert.Equal(events.Count, Assert.IsType<AppendResult.Appended>(appended).LastVersion - snapshot.Version);
    }
}

public sealed class ProvinceLinkAlertTests_on_SQLite : ProvinceLinkAlertTests
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class ProvinceLinkAlertTests_on_PostgreSQL : ProvinceLinkAlertTests
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
