using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Tests.Infrastructure;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>What each person's connection actually receives while others score: pushes and resyncs through the visibility rules.</summary>
public sealed class VisibilityOnTheWireTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private const string SheetSubmitted = "scoring.sheet_submitted";

    [Fact]
    public async Task an_expert_receives_no_other_experts_scores_before_the_summary()
    {
        const string sessionId = "wire-scores";
        var server = fixture.Server;
        await LiveSession.ScoringAsync(server.Grains, sessionId);
        await using var e1 = await JoinedAsync("e1", sessionId);
        await using var e2 = await JoinedAsync("e2", sessionId);
        await using var host = await JoinedAsync("host.hz", sessionId);

        var byE1 = await e1.SendAsync("SubmitScoreSheet", sessionId, "e1-alpha", "e1", "bidder-alpha", PartKind.Technical, Specs.Sheet(PartKind.Technical, 9));
        var byE2 = await e2.SendAsync("SubmitScoreSheet", sessionId, "e2-alpha", "e2", "bidder-alpha", PartKind.Technical, Specs.Sheet(PartKind.Technical, 6));
        await Task.WhenAll(e2.AppliedThroughAsync($"session/{sessionId}", byE2.Version), host.AppliedThroughAsync($"session/{sessionId}", byE2.Version));

        // e2 gets its own sheet and only a placeholder for e1's, so its stream has no gap.
        Assert.Equal(EventEnvelope.HiddenType, e2.Applied.Single(e => e.Version == byE1.Version).Type);
        var own = e2.Applied.Single(e => e.Version == byE2.Version);
        Assert.Equal((SheetSubmitted, "e2"), (own.Type, own.Data.GetProperty("expertId").GetString()));
        Assert.DoesNotContain(e2.Received, e => e.Type == SheetSubmitted && e.Data.GetProperty("expertId").GetString() != "e2");
        Assert.Empty(e2.Tracker.Gaps());

        // Host staff follow progress, without the scores.
        var seenByHost = host.Applied.Single(e => e.Version == byE1.Version);
        Assert.Equal(SheetSubmitted, seenByHost.Type);
        Assert.Equal(0, seenByHost.Data.GetProperty("scores").GetArrayLength());
    }

    [Fact]
    public async Task a_supervisor_receives_every_event_as_recorded()
    {
        const string sessionId = "wire-supervisor";
        var server = fixture.Server;
        await LiveSession.ScoringAsync(server.Grains, sessionId);
        await using var supervisor = await JoinedAsync("supervisor", sessionId);
        await using var e1 = await JoinedAsync("e1", sessionId);

        var sheet = await e1.SendAsync("SubmitScoreSheet", sessionId, "e1-beta", "e1", "bidder-beta", PartKind.Technical, Specs.Sheet(PartKind.Technical, 9));
        await supervisor.AppliedThroughAsync($"session/{sessionId}", sheet.Version);

        var seen = supervisor.Applied.Single(e => e.Version == sheet.Version);
        Assert.Equal(2, seen.Data.GetProperty("scores").GetArrayLength());
        Assert.DoesNotContain(supervisor.Applied, e => e.IsHidden);
    }

    [Fact]
    public async Task in_a_blind_evaluation_an_expert_receives_no_bidder_identity_while_scoring()
    {
        const string sessionId = "wire-blind";
        var server = fixture.Server;
        var session = await LiveSession.ScoringAsync(server.Grains, sessionId, blind: true);
        var scoringOpened = (await session.GetSnapshotAsync()).Version;
        await using var e2 = await JoinedAsync("e2", sessionId);
        await using var e1 = await JoinedAsync("e1", sessionId);
        await e2.AppliedThroughAsync($"session/{sessionId}", scoringOpened);

        // The expert scores under its own code, the only name for a bid it has.
        var opened = e2.Applied.Single(e => e.Version == scoringOpened);
        var code = opened.Data.GetProperty("blindAssignments")[0].GetProperty("codes")[0].GetProperty("code").GetString()!;
        await e1.SendAsync("SubmitScoreSheet", sessionId, "e1-blind", "e1", CodeOf(e1, sessionId, scoringOpened), PartKind.Technical, Specs.Sheet(PartKind.Technical, 8));
        var own = await e2.SendAsync("SubmitScoreSheet", sessionId, "e2-blind", "e2", code, PartKind.Technical, Specs.Sheet(PartKind.Technical, 7));
        await e2.AppliedThroughAsync($"session/{sessionId}", own.Version);

        var sinceScoringOpened = e2.Received.Where(e => e.Version >= scoringOpened).ToList();
        var onTheWire = System.Text.Json.JsonSerializer.Serialize(sinceScoringOpened);
        Assert.All(LiveSession.Bids, bid =>
        {
            Assert.DoesNotContain(bid.BidderId, onTheWire, StringComparison.Ordinal);
            Assert.DoesNotContain(bid.BidderName, onTheWire, StringComparison.Ordinal);
        });
        Assert.Equal(code, e2.Applied.Single(e => e.Version == own.Version).Data.GetProperty("bidderId").GetString());
    }

    private static string CodeOf(HubClient member, string sessionId, long scoringOpened)
    {
        var opened = member.Applied.Single(e => e.Stream == $"session/{sessionId}" && e.Version == scoringOpened);
        return opened.Data.GetProperty("blindAssignments")[0].GetProperty("codes")[0].GetProperty("code").GetString()!;
    }

    /// <summary>Connected, joined and caught up from version 0, as a client application starts.</summary>
    private async Task<HubClient> JoinedAsync(string who, string sessionId)
    {
        var client = await fixture.Server.ConnectAsync(who, sessionId);
        var joined = await client.JoinAsync(sessionId);
        await client.ResyncAsync(sessionId, 0);
        await client.AppliedThroughAsync(joined.Stream, joined.Version);
        return client;
    }
}
