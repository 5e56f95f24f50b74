using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using RemoteEvaluation.Client;
using RemoteEvaluation.Client.Streams;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>
/// One person's hub connection in one session (参会者连接): the real <see cref="HubConnection"/> with reconnect and resync,
/// the time each session version first arrived, and commands sent with a command id that is reused when sent again.
/// </summary>
internal sealed class Participant : IAsyncDisposable
{
    private const int MaxAttempts = 30;
    private readonly ConcurrentDictionary<long, long> arrivals = new();
    private readonly EventStreamTracker tracker;
    private readonly RunMetrics metrics;
    private readonly string stream;
    private volatile bool joined;
    private volatile bool done;
    private int commands;

    private Participant(Uri hubUrl, string? token, string sessionId, string name, RunMetrics metrics)
    {
        SessionId = sessionId;
        Name = name;
        this.metrics = metrics;
        stream = $"session/{sessionId}";
        tracker = new EventStreamTracker((_, _) => ValueTask.CompletedTask);
        Connection = new HubConnection(new HubConnectionOptions
        {
            Url = hubUrl,
            AccessTokenProvider = _ => ValueTask.FromResult(token),
            ShouldReconnect = (_, _) => ValueTask.FromResult(!done),
            Resync = (connection, _, ct) => joined
                ? connection.InvokeAsync<int>("Resync", [SessionId, tracker.LastApplied(stream)], ct)
                : Task.CompletedTask,
        });
        Connection.Reconnecting += (_, _) => metrics.Errors.Add("hub.disconnected");
        Connection.On<IReadOnlyList<EventEnvelope>>("ReceiveEvents", async events =>
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var e in events)
            {
                arrivals.TryAdd(e.Version, now);
            }

            await tracker.OfferAsync(events);
        });
    }

    public string SessionId { get; }

    public string Name { get; }

    public HubConnection Connection { get; }

    public static async Task<Participant> ConnectAsync(Uri hubUrl, string? token, string sessionId, string name, RunMetrics metrics, CancellationToken ct)
    {
        var participant = new Participant(hubUrl, token, sessionId, name, metrics);
        try
        {
            await participant.Connection.StartAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.Errors.Add("hub.connect_failed");
            await participant.DisposeAsync();
            throw new SimulatorException("hub.connect_failed", $"{name} could not connect to {hubUrl}: {e.Message}");
        }

        return participant;
    }

    /// <summary>Joins the session and asks for everything before the join, so every version arrives.</summary>
    public async Task JoinAsync(CancellationToken ct)
    {
        await CallAsync<SessionJoined>("Join", [SessionId], ct);
        joined = true;
        await CallAsync<int>("Resync", [SessionId, tracker.LastApplied(stream)], ct);
    }

    /// <summary>When <paramref name="version"/> first reached this connection (a <see cref="Stopwatch"/> timestamp), if it has.</summary>
    public bool TryArrival(long version, out long timestamp) => arrivals.TryGetValue(version, out timestamp);

    /// <summary>Waits until every version up to <paramref name="version"/> has been applied here.</summary>
    public async Task WaitForVersionAsync(long version, TimeSpan patience, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (tracker.LastApplied(stream) < version)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                metrics.Errors.Add("simulator.event_not_received");
                throw new SimulatorException("simulator.event_not_received", $"{Name} in {SessionId} has applied {tracker.LastApplied(stream)} of {version} versions after {patience}.");
            }

            await Task.Delay(20, ct);
        }
    }

    /// <summary>
    /// Sends a session command (session id and a fresh command id first) and answers its ack, timing it into the round-trip
    /// histogram and, when <paramref name="sentAt"/> is given, reporting the send time of the attempt that was answered.
    /// </summary>
    public async Task<CommandAck> CommandAsync(string method, object?[] fields, CancellationToken ct, StrongBox<long>? sentAt = null)
    {
        var commandId = $"{Name}-{Interlocked.Increment(ref commands)}";
        return await CallAsync<CommandAck>(method, [SessionId, commandId, .. fields], ct, sentAt);
    }

    /// <summary>An invocation that is sent again (same arguments, so the same command id) after a lost link or a retriable refusal.</summary>
    public async Task<T> CallAsync<T>(string method, object?[] arguments, CancellationToken ct, StrongBox<long>? sentAt = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var answer = await Connection.InvokeAsync<T>(method, arguments, ct);
                metrics.CommandRoundTrip.Record(started, Stopwatch.GetTimestamp());
                if (sentAt is not null)
                {
                    sentAt.Value = started;
                }
                return answer;
            }
            catch (HubInvocationException e)
            {
                metrics.Errors.Add(e.Code);
                if (!e.Error.Retriable || attempt >= MaxAttempts)
                {
                    throw new SimulatorException(e.Code, $"{Name} {method} in {SessionId}: {e.Error}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
            catch (HubDisconnectedException) when (attempt < MaxAttempts)
            {
                metrics.Errors.Add("hub.invocation_lost");
                await Connection.WaitUntilConnectedAsync(ct).WaitAsync(TimeSpan.FromMinutes(2), ct);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        done = true;
        await Connection.DisposeAsync();
        tracker.Dispose();
    }
}
