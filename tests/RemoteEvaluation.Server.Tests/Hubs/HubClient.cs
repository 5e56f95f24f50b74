using System.Text.Json;
using RemoteEvaluation.Client;
using RemoteEvaluation.Client.Streams;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// One person's connection as a client application would hold it: the real <see cref="HubConnection"/>, every envelope
/// it received (for what crossed the wire) and an <see cref="EventStreamTracker"/> applying them once and in order.
/// </summary>
internal sealed class HubClient : IAsyncDisposable
{
    private readonly List<EventEnvelope> received = [];
    private readonly List<EventEnvelope> applied = [];

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        Tracker = new EventStreamTracker((envelope, _) =>
        {
            lock (applied)
            {
                applied.Add(envelope);
            }

            return ValueTask.CompletedTask;
        });
        connection.On<IReadOnlyList<EventEnvelope>>("ReceiveEvents", async events =>
        {
            lock (received)
            {
                received.AddRange(events);
            }

            await Tracker.OfferAsync(events);
        });
    }

    public HubConnection Connection { get; }

    public EventStreamTracker Tracker { get; }

    public IReadOnlyList<EventEnvelope> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

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

    /// <summary>Everything received, as the JSON text it arrived as.</summary>
    public string ReceivedJson => JsonSerializer.Serialize(Received, HubConnectionOptions.DefaultSerializerOptions());

    /// <summary>Connects to <paramref name="hubUrl"/> with <paramref name="token"/>, never reconnecting: a test sees every drop.</summary>
    public static async Task<HubClient> ConnectAsync(Uri hubUrl, string? token)
    {
        var client = new HubClient(new HubConnection(new HubConnectionOptions
        {
            Url = hubUrl,
            AccessTokenProvider = _ => ValueTask.FromResult(token),
            HandshakeTimeout = Wire.Patience,
            ServerTimeout = Wire.Patience,
            ShouldReconnect = (_, _) => ValueTask.FromResult(false),
        }));
        await client.Connection.StartAsync(Wire.Cancel).Within();
        return client;
    }

    public Task<SessionJoined> JoinAsync(string sessionId) =>
        Connection.InvokeAsync<SessionJoined>("Join", [sessionId], Wire.Cancel).Within();

    public Task<int> ResyncAsync(string sessionId, long afterVersion) =>
        Connection.InvokeAsync<int>("Resync", [sessionId, afterVersion], Wire.Cancel).Within();

    public Task<CommandAck> SendAsync(string method, params object?[] arguments) =>
        Connection.InvokeAsync<CommandAck>(method, arguments, Wire.Cancel).Within();

    /// <summary>The <see cref="HubError"/> the hub answered <paramref name="method"/> with; fails if it was accepted.</summary>
    public async Task<HubError> RefusedAsync(string method, params object?[] arguments)
    {
        var refused = await Assert.ThrowsAsync<HubInvocationException>(() => Connection.InvokeAsync<JsonElement>(method, arguments, Wire.Cancel).Within());
        return refused.Error;
    }

    /// <summary>Waits until the tracker applied <paramref name="stream"/> through <paramref name="version"/>.</summary>
    public Task AppliedThroughAsync(string stream, long version) =>
        Wire.Until(() => Tracker.LastApplied(stream) >= version, $"{stream} applied through version {version}");

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Tracker.Dispose();
    }
}
