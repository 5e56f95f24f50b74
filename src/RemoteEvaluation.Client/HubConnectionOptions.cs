using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client;

/// <summary>How a <see cref="HubConnection"/> connects, keeps alive, reconnects and resyncs.</summary>
public sealed class HubConnectionOptions
{
    /// <summary>The hub's address, <c>http(s)://</c> or <c>ws(s)://host/hubs/x</c>; connected to directly over WebSockets (no negotiate request).</summary>
    public required Uri Url { get; init; }

    /// <summary>
    /// Supplies the bearer token before each connect. It is sent as <c>access_token=</c> in the query
    /// string (what the server reads for WebSockets) and as an <c>Authorization: Bearer</c> header.
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? AccessTokenProvider { get; init; }

    /// <summary>Whether to send the token as an <c>Authorization</c> header too (some proxies strip it; the query string always carries it).</summary>
    public bool SendAccessTokenHeader { get; init; } = true;

    /// <summary>How often the client pings the server; keep it below the server's <c>ClientTimeoutInterval</c> (30 s by default) divided by two.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the server may stay silent before the connection counts as lost; keep it at least twice the server's <c>KeepAliveInterval</c>.</summary>
    public TimeSpan ServerTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the WebSocket connect and the handshake may take together.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Delays between reconnect attempts.</summary>
    public ReconnectBackoff Backoff { get; init; } = new();

    /// <summary>
    /// Asked before every reconnect attempt; the client keeps trying while it answers true (for
    /// example while the evaluation session is still open) and closes when it answers false.
    /// Without it the client tries until stopped.
    /// </summary>
    public Func<ReconnectAttempt, CancellationToken, ValueTask<bool>>? ShouldReconnect { get; init; }

    /// <summary>
    /// Called after every successful connect (the first one from <see cref="HubConnection.StartAsync"/>
    /// and after each reconnect, before <see cref="HubConnection.Reconnected"/>), typically to invoke
    /// <c>Resync(sessionId, afterVersion)</c> with the versions an <see cref="Streams.EventStreamTracker"/>
    /// holds. The boolean is true after a reconnect. If it throws, that connection is dropped and the
    /// client reconnects again (on start, <see cref="HubConnection.StartAsync"/> throws).
    /// </summary>
    public Func<HubConnection, bool, CancellationToken, Task>? Resync { get; init; }

    /// <summary>Serializer options for arguments, results and pushes; web naming with the contracts' source-generated metadata by default.</summary>
    public JsonSerializerOptions SerializerOptions { get; init; } = DefaultSerializerOptions();

    /// <summary>The largest message accepted from the server.</summary>
    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Further WebSocket settings (certificates, proxy, extra headers).</summary>
    public Action<ClientWebSocketOptions>? ConfigureWebSocket { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Web naming, <see cref="ContractsJsonContext"/> first, reflection for any other type.</summary>
    public static JsonSerializerOptions DefaultSerializerOptions() => new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ContractsJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Url);
        if (Url.Scheme is not ("ws" or "wss" or "http" or "https"))
        {
            throw new ArgumentException($"The hub URL must be ws, wss, http or https, not '{Url.Scheme}'.", nameof(Url));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(KeepAliveInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ServerTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(HandshakeTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMessageBytes, 1024);
        ArgumentNullException.ThrowIfNull(Backoff);
        ArgumentNullException.ThrowIfNull(SerializerOptions);
        Backoff.Validate();
    }
}
