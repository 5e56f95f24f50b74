using System.Diagnostics;
using RemoteEvaluation.Client;
using RemoteEvaluation.Client.Streams;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>
/// One person in one session through the real .NET client: resyncs on every connect (which also joins the session), and
/// applies what it receives once and in order with an <see cref="EventStreamTracker"/>.
/// </summary>
internal sealed class Participant : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<EventEnvelope> applied = [];
    private int connects;

    private Participant(string sessionId, Uri hubUrl, string token, bool reconnect, bool tokenHeader)
    {
        SessionId = sessionId;
        Tracker = new EventStreamTracker((envelope, _) =>
        {
            lock (applied)
            {
                applied.Add(envelope);
            }

            return ValueTask.CompletedTask;
        });
        Connection = new HubConnection(new HubConnectionOptions
        {
            Url = hubUrl,
            AccessTokenProvider = _ => ValueTask.FromResult<string?>(token),
            SendAccessTokenHeader = tokenHeader,
            HandshakeTimeout = Patience,
            ServerTimeout = Patience,
            Backoff = new ReconnectBackoff { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(500) },
            ShouldReconnect = (_, _) => ValueTask.FromResult(reconnect),
            Resync = (connection, _, ct) =>
            {
                Interlocked.Increment(ref connects);
                return connection.InvokeAsync<int>("Resync", [sessionId, Tracker.LastApplied(Stream)], ct);
            },
        });
        Connection.On<IReadOnlyList<EventEnvelope>>("ReceiveEvents", events => Tracker.OfferAsync(events));
        Connection.Closed += (_, _) => Closed.TrySetResult();
    }

    public string SessionId { get; }

    /// <summary>How many times the client connected and resynced (the start included).</summary>
    public int Connects => Volatile.Read(ref connects);

    public string Stream => $"session/{SessionId}";

    public HubConnection Connection { get; }

    public EventStreamTracker Tracker { get; }

    /// <summary>Completes when the client gave up its connection for good (closed and not reconnecting).</summary>
    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<EventEnvelope> Applied
    {
        get
        {
            lock (applied)
            {
                return [.. applied];
            }
        }
    }

    public static async Task<Participant> JoinAsync(Uri hubUrl, string token, string sessionId, bool reconnect = false, bool tokenHeader = true)
    {
        var participant = new Participant(sessionId, hubUrl, token, reconnect, tokenHeader);
        await participant.Connection.StartAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
        return participant;
    }

    public Task<T> InvokeAsync<T>(string method, params object?[] arguments) =>
        Connection.InvokeAsync<T>(method, arguments, TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

    /// <summary>Waits until the event at <paramref name="version"/> of this session has been applied, and answers it.</summary>
    public async Task<EventEnvelope> AppliedAsync(long version)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (Applied.FirstOrDefault(e => e.Stream == Stream && e.Version == version) is { } envelope)
            {
                return envelope;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Version {version} of {Stream} was not applied within {Patience}; last applied {Tracker.LastApplied(Stream)}.");
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Tracker.Dispose();
    }
}
