using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RemoteEvaluation.Client.Protocol;
using RemoteEvaluation.Client.Transport;

namespace RemoteEvaluation.Client;

/// <summary>
/// A typed client of an ASP.NET Core SignalR hub speaking the JSON hub protocol over a WebSocket:
/// invocations with results, non-blocking sends, server pushes to registered handlers, pings both
/// ways, and automatic reconnect with backoff followed by <see cref="HubConnectionOptions.Resync"/>.
/// Thread-safe; pushes reach handlers one at a time, in the order the server sent them.
/// </summary>
public sealed partial class HubConnection : IAsyncDisposable
{
    private readonly HubConnectionOptions _options;
    private readonly ILogger _logger;
    private readonly string _hubForLogs;
    private readonly HandlerRegistry _handlers = new();
    private readonly Channel<HubMessage> _pushes = Channel.CreateUnbounded<HubMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _dispatch;
    private readonly Lock _gate = new();
    private readonly Random _jitter = new();
    private WebSocketSession? _session;
    private HubConnectionState _state = HubConnectionState.Disconnected;
    private TaskCompletionSource _connected = NewConnectedSignal();
    private CancellationTokenSource? _stopping;
    private Task _lifetime = Task.CompletedTask;
    private bool _disposed;

    public HubConnection(HubConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // Options without a resolver get the reflection-based one; either way they are frozen from here on.
        options.SerializerOptions.MakeReadOnly(populateMissingResolver: true);
        _options = options;
        _logger = options.LoggerFactory?.CreateLogger<HubConnection>() ?? NullLogger<HubConnection>.Instance;
        _hubForLogs = options.Url.GetLeftPart(UriPartial.Path);
        _dispatch = Task.Run(DispatchPushesAsync);
    }

    /// <summary>Raised when the connection was lost and reconnecting starts; <see cref="HubConnectionEventArgs.Error"/> says why.</summary>
    public event EventHandler<HubConnectionEventArgs>? Reconnecting;

    /// <summary>Raised after a reconnect and its resync succeeded.</summary>
    public event EventHandler<HubConnectionEventArgs>? Reconnected;

    /// <summary>Raised when the connection is closed for good: stopped, refused by the server, or <see cref="HubConnectionOptions.ShouldReconnect"/> said no.</summary>
    public event EventHandler<HubConnectionEventArgs>? Closed;

    public HubConnectionState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Connects, completes the handshake and runs the resync callback.</summary>
    /// <exception cref="HubHandshakeException">The server refused the handshake or did not answer in time.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        CancellationTokenSource stopping;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_state != HubConnectionState.Disconnected)
            {
                throw new InvalidOperationException($"The connection can only be started when disconnected; it is {_state}.");
            }

            _state = HubConnectionState.Connecting;
            _stopping?.Dispose();
            _stopping = stopping = new CancellationTokenSource();
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping.Token);
        WebSocketSession? session = null;
        try
        {
            session = await ConnectAsync(linked.Token);
            Install(session);
            await RunResyncAsync(reconnected: false, linked.Token);
            ClientLog.Connected(_logger, _hubForLogs);
            _lifetime = Task.Run(() => WatchAsync(session, stopping.Token), CancellationToken.None);
        }
        catch (Exception exception)
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }

            AbandonStart(exception);
            throw;
        }
    }

    /// <summary>Closes the connection (or stops reconnecting); pending invocations fail; <see cref="Closed"/> is raised.</summary>
    public async Task StopAsync()
    {
        WebSocketSession? session;
        lock (_gate)
        {
            _stopping?.Cancel();
            session = _session;
        }

        if (session is not null)
        {
            await session.CloseAsync();
        }

        await _lifetime;
    }

    /// <summary>
    /// Waits until the connection is connected (at once if it is): useful before sending a command again
    /// after a <see cref="HubDisconnectedException"/>. Fails with <see cref="HubDisconnectedException"/>
    /// when the connection is stopped or closes for good first.
    /// </summary>
    public Task WaitUntilConnectedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _state == HubConnectionState.Disconnected
                ? Task.FromException(new HubDisconnectedException("The connection is not started, or has closed.", false))
                : _connected.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await StopAsync();
        _pushes.Writer.TryComplete();
        await _dispatch;
        _stopping?.Dispose();
    }

    private async Task<WebSocketSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var token = _options.AccessTokenProvider is null ? null : await _options.AccessTokenProvider(cancellationToken);
        var uri = HubUri.ForWebSocket(_options.Url, token);
        return await WebSocketSession.ConnectAsync(uri, token, _options, _pushes.Writer, MarkLost, _logger, cancellationToken);
    }

    private async Task RunResyncAsync(bool reconnected, CancellationToken cancellationToken)
    {
        if (_options.Resync is not null)
        {
            await _options.Resync(this, reconnected, cancellationToken);
        }
    }

    private void Install(WebSocketSession session) => SetState(HubConnectionState.Connected, session);

    private void SetState(HubConnectionState state, WebSocketSession? session)
    {
        lock (_gate)
        {
            _state = state;
            _session = session;
            if (state == HubConnectionState.Connected)
            {
                _connected.TrySetResult();
            }
            else if (_connected.Task.IsCompleted)
            {
                _connected = NewConnectedSignal();
            }
        }
    }

    private void AbandonStart(Exception error)
    {
        TaskCompletionSource waiters;
        lock (_gate)
        {
            _state = HubConnectionState.Disconnected;
            _session = null;
            waiters = _connected;
            _connected = NewConnectedSignal();
        }

        waiters.TrySetException(new HubDisconnectedException("The connection failed to start.", false, error));
    }

    private WebSocketSession? CurrentSession()
    {
        lock (_gate)
        {
            return _state == HubConnectionState.Connected && !_session!.Completion.IsCompleted ? _session : null;
        }
    }

    /// <summary>Runs the moment a connection ends: the connection is reconnecting until the watcher decides otherwise.</summary>
    private void MarkLost(WebSocketSession session)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_session, session) && _state == HubConnectionState.Connected)
            {
                _state = HubConnectionState.Reconnecting;
                _session = null;
                _connected = NewConnectedSignal();
            }
        }
    }

    private void Raise(EventHandler<HubConnectionEventArgs>? handler, HubConnectionEventArgs args)
    {
        try
        {
            handler?.Invoke(this, args);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            ClientLog.EventHandlerFailed(_logger, exception);
        }
    }

    private static TaskCompletionSource NewConnectedSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
