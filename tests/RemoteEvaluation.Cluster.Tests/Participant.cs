using System.Collections.Concurrent;
using RemoteEvaluation.Client;
using RemoteEvaluation.Client.Streams;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Cluster.Tests;

/// <summary>
/// One person's client application through nginx, as a centre would run it: the real <see cref="HubConnection"/>,
/// reconnecting while the test runs and resyncing from the last applied version; heartbeats answered unless the
/// centre's link is cut; commands sent through <see cref="CommandRetry"/> and every acknowledged command id kept.
/// </summary>
internal sealed class Participant : IAsyncDisposable
{
    private readonly string stream;
    private readonly CommandRetry retry;
    private readonly ConcurrentQueue<string> acknowledged = new();
    private readonly ConcurrentQueue<string> retriedCodes = new();
    private readonly ConcurrentQueue<AlertNotice> alerts = new();
    private volatile bool stopping;
    private volatile bool linkCut;
    private int reconnects;

    private Participant(string who, string sessionId, Uri hubUrl, string token)
    {
        Who = who;
        stream = $"session/{sessionId}";
        Tracker = new EventStreamTracker((_, _) => ValueTask.CompletedTask);
        Connection = new HubConnection(new HubConnectionOptions
        {
            Url = hubUrl,
            AccessTokenProvider = _ => ValueTask.FromResult<string?>(token),
            ServerTimeout = TimeSpan.FromSeconds(10),
            KeepAliveInterval = TimeSpan.FromSeconds(3),
            Backoff = new ReconnectBackoff { InitialDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) },
            ShouldReconnect = (_, _) => ValueTask.FromResult(!stopping),
            Resync = (connection, _, ct) => connection.InvokeAsync<int>("Resync", [sessionId, Tracker.LastApplied(stream)], ct),
        });
        Connection.On<IReadOnlyList<EventEnvelope>>("ReceiveEvents", events => Tracker.OfferAsync(events));
        Connection.On<HeartbeatProbe>("Heartbeat", async probe =>
        {
            if (!linkCut)
            {
                await Connection.SendAsync("AnswerHeartbeat", [probe.Sequence]);
            }
        });
        Connection.On<AlertNotice>("Alert", alerts.Enqueue);
        Connection.Reconnected += (_, _) => Interlocked.Increment(ref reconnects);
        retry = new CommandRetry(Connection, new CommandRetryOptions
        {
            MaxRetries = 40,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromSeconds(1),
            OnRetry = failure => retriedCodes.Enqueue(failure is HubInvocationException refused ? refused.Code : failure.GetType().Name),
        });
    }

    public string Who { get; }

    public HubConnection Connection { get; }

    public EventStreamTracker Tracker { get; }

    public long Applied => Tracker.LastApplied(stream);

    public int Reconnects => Volatile.Read(ref reconnects);

    public IReadOnlyCollection<string> Acknowledged => acknowledged;

    /// <summary>Why commands were sent again: hub error codes, or the exception's type for a lost connection.</summary>
    public IReadOnlyCollection<string> Retried => retriedCodes;

    public IReadOnlyCollection<AlertNotice> Alerts => alerts;

    /// <summary>While true the centre's link is cut: the connection stays open but no heartbeat is answered.</summary>
    public bool LinkCut
    {
        get => linkCut;
        set => linkCut = value;
    }

    public static async Task<Participant> ConnectAsync(string who, string sessionId, Uri clusterUrl, string token)
    {
        var participant = new Participant(who, sessionId, new Uri(clusterUrl, "/hubs/evaluation"), token);
        await participant.Connection.StartAsync(Patience.Cancel).Within();
        return participant;
    }

    /// <summary>Sends a command until it is answered for good; keeps its id once acknowledged.</summary>
    public async Task<CommandAck> SendAsync(string method, string sessionId, string commandId, params object?[] fields)
    {
        var ack = await retry.InvokeAsync<CommandAck>(method, [sessionId, commandId, .. fields], Patience.Cancel);
        acknowledged.Enqueue(commandId);
        return ack;
    }

    public async ValueTask DisposeAsync()
    {
        stopping = true;
        await Connection.DisposeAsync();
        Tracker.Dispose();
    }
}
