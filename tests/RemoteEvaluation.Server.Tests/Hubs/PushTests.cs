using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Server.Hubs;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// Pushes come from the change feed, not from the hub call that caused them: on each store, whatever is appended to a
/// joined session reaches its clients once, in order, through the visibility rules.
/// </summary>
public abstract class PushTests : IAsyncLifetime
{
    private LiveServer server = null!;

    public async ValueTask InitializeAsync() => server = LiveServer.Start(postgreSql: await DatabaseAsync());

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Null for SQLite, else a PostgreSQL connection string.</summary>
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task an_event_recorded_without_the_hub_reaches_every_joined_audience()
    {
        const string sessionId = "push-outside";
        var session = await LiveSession.ScoringAsync(server.Grains, sessionId);
        await using var host = await JoinedAsync("host.hz", sessionId);
        await using var e2 = await JoinedAsync("e2", sessionId);

        // As another node would: straight to the grain, no hub involved.
        await LiveSession.RunAsync(session, new SuspendSession(LiveSession.Host, "Link to site-330300 down"));
        var head = (await session.GetSnapshotAsync()).Version;
        await Task.WhenAll(host.AppliedThroughAsync($"session/{sessionId}", head), e2.AppliedThroughAsync($"session/{sessionId}", head));

        Assert.Equal("session.suspended", host.Applied[^1].Type);
        Assert.Equal("session.suspended", e2.Applied[^1].Type);
    }

    [Fact]
    public async Task while_others_score_a_joined_expert_applies_every_version_exactly_once_and_in_order()
    {
        const string sessionId = "push-order";
        await LiveSession.ScoringAsync(server.Grains, sessionId);
        await using var e2 = await JoinedAsync("e2", sessionId);
        await using var e1 = await server.ConnectAsync("e1", sessionId);
        await using var e3 = await server.ConnectAsync("e3", sessionId);

        var sent = await Task.WhenAll(
            LiveSession.Bids.Select((bid, i) => e1.SendAsync("SubmitScoreSheet", sessionId, $"e1-{i}", "e1", bid.BidderId, PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)))
                .Concat(LiveSession.Bids.Select((bid, i) => e3.SendAsync("SubmitScoreSheet", sessionId, $"e3-{i}", "e3", bid.BidderId, PartKind.Technical, Specs.Sheet(PartKind.Technical, 7))))
                .Concat(LiveSession.Bids.Select((bid, i) => e2.SendAsync("SubmitScoreSheet", sessionId, $"e2-{i}", "e2", bid.BidderId, PartKind.Technical, Specs.Sheet(PartKind.Technical, 6)))));
        var head = sent.Max(a => a.Version);
        await e2.AppliedThroughAsync($"session/{sessionId}", head);

        var applied = e2.Applied.Select(e => e.Version).ToList();
        Assert.Equal(Enumerable.Range(1, (int)head).Select(v => (long)v), applied);
        Assert.Equal(3, e2.Applied.Count(e => e.Type == "scoring.sheet_submitted"));
        Assert.Equal(6, e2.Applied.TakeLast(9).Count(e => e.Type == EventEnvelope.HiddenType));
    }

    [Fact]
    public async Task a_session_is_followed_only_while_some_connection_on_this_node_has_joined_it()
    {
        const string sessionId = "push-follow";
        await LiveSession.ScheduledAsync(server.Grains, sessionId);
        var broadcaster = server.Services.GetRequiredService<SessionBroadcaster>();
        var first = await JoinedAsync("host.hz", sessionId);
        var second = await JoinedAsync("supervisor", sessionId);
        Assert.True(broadcaster.IsWatching(sessionId));

        await first.DisposeAsync();
        await second.Connection.InvokeAsync<int>("Resync", [sessionId, 0L], Wire.Cancel).Within();
        Assert.True(broadcaster.IsWatching(sessionId));

        await second.DisposeAsync();
        await Wire.Until(() => !broadcaster.IsWatching(sessionId), "the follower of the session to stop");
    }

    private async Task<HubClient> JoinedAsync(string who, string sessionId)
    {
        var client = await server.ConnectAsync(who, sessionId);
        var joined = await client.JoinAsync(sessionId);
        await client.ResyncAsync(sessionId, 0);
        await client.AppliedThroughAsync(joined.Stream, joined.Version);
        return client;
    }
}

public sealed class PushTests_on_SQLite : PushTests
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class PushTests_on_PostgreSQL : PushTests
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
