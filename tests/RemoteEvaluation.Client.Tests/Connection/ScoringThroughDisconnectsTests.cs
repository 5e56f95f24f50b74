using RemoteEvaluation.Client.Streams;
using RemoteEvaluation.Client.Tests.Server;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class ScoringThroughDisconnectsTests
{
    private const int Commands = 60;

    [Fact]
    public async Task Connections_killed_in_the_middle_of_scoring_resync_so_every_event_is_applied_once_in_order()
    {
        await using var server = await HubTestServer.StartAsync();

        // Score 30 is recorded but neither broadcast nor answered: it can only come back through a retry and a resync.
        server.Log.DropAnswerOnce("score-30");
        List<long> applied = [];
        var allApplied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tracker = new EventStreamTracker((envelope, _) =>
        {
            applied.Add(envelope.Version);
            if (envelope.Version == Commands)
            {
                allApplied.TrySetResult();
            }

            return ValueTask.CompletedTask;
        });
        var resyncs = 0;
        await using var observer = new HubConnection(Options(server, async (connection, _, cancellationToken) =>
        {
            Interlocked.Increment(ref resyncs);
            await connection.InvokeAsync<int>("Resync", ["session-1", tracker.LastApplied(ScoreLog.Stream)], cancellationToken);
        }));
        using var handler = observer.On<IReadOnlyList<EventEnvelope>>("ReceiveEvents", events => tracker.OfferAsync(events));
        await observer.StartAsync(TestContext.Current.CancellationToken).Within();
        await using var scorer = await TestClients.ConnectAsync(Options(server, resync: null));

        List<CommandAck> acks = [];
        for (var i = 1; i <= Commands; i++)
        {
            acks.Add(await ScoreUntilAnsweredAsync(scorer, $"score-{i}", points: i));
            if (i is 20 or 45)
            {
                // Cut both links only once both are up, so each cut really interrupts the observer.
                await observer.WaitUntilConnectedAsync(TestContext.Current.CancellationToken).Within();
                await Patience.Until(() => server.Connections.Count == 2);
                Assert.Equal(2, server.Connections.AbortAll());
            }
        }

        await allApplied.Task.Within();

        Assert.Equal(Enumerable.Range(1, Commands).Select(v => (long)v), applied);
        Assert.Equal(Commands, server.Log.Count);
        Assert.Equal(Enumerable.Range(1, Commands).Select(v => (long)v), acks.Select(a => a.Version));
        Assert.True(acks[29].Duplicate, "score-30 was answered only when sent again, as a duplicate");
        Assert.True(Volatile.Read(ref resyncs) >= 3, $"expected the start and at least two reconnects to resync, saw {resyncs}");
        Assert.Empty(tracker.Gaps());
    }

    private static async Task<CommandAck> ScoreUntilAnsweredAsync(HubConnection scorer, string commandId, int points)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await scorer.InvokeAsync<CommandAck>("Score", [commandId, points], TestContext.Current.CancellationToken).Within();
            }
            catch (HubDisconnectedException) when (attempt < 20)
            {
                // Same command id again: the server answers a repeat with the first outcome.
                await scorer.WaitUntilConnectedAsync(TestContext.Current.CancellationToken).Within();
            }
        }
    }

    private static HubConnectionOptions Options(HubTestServer server, Func<HubConnection, bool, CancellationToken, Task>? resync)
    {
        var defaults = TestClients.Options(server.HubUrl);
        return new HubConnectionOptions
        {
            Url = defaults.Url,
            KeepAliveInterval = defaults.KeepAliveInterval,
            Backoff = defaults.Backoff,
            ShouldReconnect = (_, _) => ValueTask.FromResult(true),
            Resync = resync,
        };
    }
}
