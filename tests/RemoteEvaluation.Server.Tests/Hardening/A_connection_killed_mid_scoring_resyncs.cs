using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Client;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Hardening;

public abstract class A_connection_killed_mid_scoring_resyncs
{
    /// <summary>The PostgreSQL database to run on, or null for SQLite.</summary>
    protected abstract Task<string?> DatabaseAsync();

    [Fact]
    public async Task connections_cut_server_side_while_scoring_reconnect_and_resync_with_nothing_lost_and_nothing_applied_twice()
    {
        var cut = new ServerSideCut();
        await using var server = LiveServer.Start(testServices: s => s.Configure<HubOptions>(o => o.AddFilter(cut)), postgreSql: await DatabaseAsync());
        await ScoringSession.OpenAsync(server.Grains, "s1");
        var observer = await Participant.JoinAsync(server.HubUrl, await server.StaffTokenAsync("host.hz"), "s1", reconnect: true);
        await using var _ = observer;
        var scorer = await server.JoinAsync("s1", "e1", reconnect: true);

        // Bid B's sheet is recorded but its answer is lost with the connection; after bid A both links are cut between commands.
        cut.CutAfterCommand("submit-bidder-beta");
        List<(string CommandId, CommandAck Ack)> acks = [];
        foreach (var bid in ScoringSession.Bids.Select(b => b.BidderId))
        {
            acks.Add(($"submit-{bid}", await UntilAnsweredAsync(scorer, "SubmitScoreSheet", "s1", $"submit-{bid}", "e1", bid, PartKind.Technical, ScoringSession.TechnicalSheet)));
            acks.Add(($"sign-{bid}", await UntilAnsweredAsync(scorer, "SignScoreSheet", "s1", $"sign-{bid}", "e1", bid, PartKind.Technical)));
            if (bid == "bidder-alpha")
            {
                Assert.Equal(2, cut.CutAll());
            }
        }

        var head = acks[^1].Ack.Version;
        await observer.AppliedAsync(head);
        await scorer.AppliedAsync(head);

        Assert.True(acks.Single(a => a.CommandId == "submit-bidder-beta").Ack.Duplicate, "submit-bidder-beta was answered only when sent again, as a duplicate");
        Assert.Equal(acks.Select(a => a.Ack.Version).Distinct().Count(), acks.Count);
        var recorded = await SheetEventsAsync(server);
        Assert.Equal(3, recorded.Count(e => e.Type == "scoring.sheet_submitted"));
        Assert.Equal(3, recorded.Count(e => e.Type == "scoring.sheet_signed"));
        foreach (var participant in new[] { observer, scorer })
        {
            Assert.Equal(Enumerable.Range(1, (int)head).Select(v => (long)v), participant.Applied.Select(e => e.Version));
            Assert.Empty(participant.Tracker.Gaps());
            Assert.True(participant.Connects >= 2, $"expected a resync after a reconnect, saw {participant.Connects} connects");
        }
    }

    private static async Task<CommandAck> UntilAnsweredAsync(Participant scorer, string method, params object?[] arguments)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await scorer.InvokeAsync<CommandAck>(method, arguments);
            }
            catch (HubDisconnectedException) when (attempt < 10)
            {
                // Same command id again: the session answers a repeat with its first outcome.
                await scorer.Connection.WaitUntilConnectedAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            }
        }
    }

    private static async Task<List<(string Type, JsonElement Data)>> SheetEventsAsync(LiveServer server)
    {
        List<(string, JsonElement)> sheets = [];
        await foreach (var stored in server.Services.GetRequiredService<IEventStore>().ReadStreamAsync("session/s1", 0, TestContext.Current.CancellationToken))
        {
            if (stored.Type.StartsWith("scoring.sheet_", StringComparison.Ordinal))
            {
                sheets.Add((stored.Type, JsonDocument.Parse(stored.Data).RootElement.Clone()));
            }
        }

        return sheets;
    }
}

public sealed class A_connection_killed_mid_scoring_resyncs_on_SQLite : A_connection_killed_mid_scoring_resyncs
{
    protected override Task<string?> DatabaseAsync() => Task.FromResult<string?>(null);
}

public sealed class A_connection_killed_mid_scoring_resyncs_on_PostgreSQL : A_connection_killed_mid_scoring_resyncs
{
    protected override async Task<string?> DatabaseAsync() => await PostgreSqlTestDatabase.CreateEmptyAsync();
}
