using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RemoteEvaluation.Client.Protocol;

namespace RemoteEvaluation.Client.Transport;

/// <summary>
/// One WebSocket connection to a hub, from handshake to end: sends one message at a time, reads
/// record-separated messages, answers completions, forwards pushes, pings on an interval and ends
/// the connection when the server stays silent longer than the server timeout.
/// </summary>
internal sealed class WebSocketSession : IAsyncDisposable
{
    private const int ReceiveChunkBytes = 8192;

    private readonly ClientWebSocket _socket;
    private readonly HubConnectionOptions _options;
    private readonly ChannelWriter<HubMessage> _pushes;
    private readonly ILogger _logger;
    private readonly Action<WebSocketSession> _onEnded;
    private readonly RecordSeparatedReader _reader;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource<SessionEnd> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loops = Task.CompletedTask;

    private WebSocketSession(ClientWebSocket socket, HubConnectionOptions options, ChannelWriter<HubMessage> pushes, Action<WebSocketSession> onEnded, ILogger logger)
    {
        _onEnded = onEnded;
        _socket = socket;
        _options = options;
        _pushes = pushes;
        _logger = logger;
        _reader = new RecordSeparatedReader(options.MaxMessageBytes);
    }

    public PendingInvocations Pending { get; } = new();

    /// <summary>Completes once, when the connection ends for any reason.</summary>
    public Task<SessionEnd> Completion => _end.Task;

    /// <summary>
    /// Connects the WebSocket and completes the SignalR handshake within the handshake timeout.
    /// <paramref name="onEnded"/> runs synchronously when the connection ends, before pending invocations fail.
    /// </summary>
    public static async Task<WebSocketSession> ConnectAsync(
        Uri webSocketUri,
        string? accessToken,
        HubConnectionOptions options,
        ChannelWriter<HubMessage> pushes,
        Action<WebSocketSession> onEnded,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        if (!string.IsNullOrEmpty(accessToken) && options.SendAccessTokenHeader)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + accessToken);
        }

        options.ConfigureWebSocket?.Invoke(socket.Options);
        var session = new WebSocketSession(socket, options, pushes, onEnded, logger);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.HandshakeTimeout);
            try
            {
                await socket.ConnectAsync(webSocketUri, timeout.Token);
                await socket.SendAsync(HubMessageWriter.HandshakeRequest, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
                await session.ReadHandshakeResponseAsync(timeout.Token);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new HubHandshakeException($"The hub did not complete the handshake within {options.HandshakeTimeout}.", exception);
            }

            session._loops = Task.WhenAll(session.ReceiveLoopAsync(), session.PingLoopAsync());
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends one complete message; concurrent callers take turns.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_end.Task.IsCompleted, this);

            // Cancelling a WebSocket write half-way would corrupt the stream: only the end of the connection stops it.
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            End(new SessionEnd(exception, AllowReconnect: true, ByClient: false));
            throw;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Ends the connection now, as closed by the client.</summary>
    public void EndByClient() => End(new SessionEnd(null, AllowReconnect: false, ByClient: true));

    /// <summary>Closes the WebSocket politely (bounded by the handshake timeout) and ends the connection as closed by the client.</summary>
    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(_options.HandshakeTimeout);
            try
            {
                await _sendLock.WaitAsync(timeout.Token);
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The connection is going away either way.
            }
        }

        End(new SessionEnd(null, AllowReconnect: false, ByClient: true));
    }

    public async ValueTask DisposeAsync()
    {
        End(new SessionEnd(new ObjectDisposedException(nameof(WebSocketSession)), AllowReconnect: false, ByClient: true));
        await _loops;
        _socket.Dispose();
        _lifetime.Dispose();
        _sendLock.Dispose();
    }

    private void End(SessionEnd end)
    {
        if (!_end.TrySetResult(end))
        {
            return;
        }

        // The owner hears first, so that a caller whose invocation fails next already sees the connection as lost.
        _onEnded(this);
        Pending.FailAll(end.Error ?? new HubClosedByServerException("The connection was closed."));
        _lifetime.Cancel();
        _socket.Abort();
    }

    private async Task ReadHandshakeResponseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _socket.ReceiveAsync(_reader.GetMemory(ReceiveChunkBytes), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new HubHandshakeException($"The hub closed the connection during the handshake ({_socket.CloseStatus}: {_socket.CloseStatusDescription}).");
            }

            _reader.Advance(result.Count);
            if (_reader.TryRead(out var response))
            {
                string? error;
                try
                {
                    error = HubMessageParser.ParseHandshakeResponse(response.Span);
                }
                catch (InvalidDataException exception)
                {
                    throw new HubHandshakeException("The hub's handshake response is not valid.", exception);
                }

                if (error is not null)
                {
                    throw new HubHandshakeException($"The hub refused the handshake: {error}");
                }

                // Messages that arrived in the same frame as the response stay buffered for the receive loop.
                return;
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        using var silence = new CancellationTokenSource();
        using var onSilence = silence.Token.UnsafeRegister(
            static state => ((WebSocketSession)state!).ServerWentSilent(),
            this);
        try
        {
            await DispatchBufferedAsync();
            while (!_end.Task.IsCompleted)
            {
                // Every frame from the server restarts the clock: the server pings when it has nothing else to say.
                silence.CancelAfter(_options.ServerTimeout);
                var result = await _socket.ReceiveAsync(_reader.GetMemory(ReceiveChunkBytes), _lifetime.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    End(new SessionEnd(new HubClosedByServerException($"The server closed the WebSocket ({_socket.CloseStatus}: {_socket.CloseStatusDescription}).", allowReconnect: true), AllowReconnect: true, ByClient: false));
                    return;
                }

                _reader.Advance(result.Count);
                await DispatchBufferedAsync();
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever stops the loop ends the connection: a receive loop that died quietly would leave it hanging.
            End(new SessionEnd(exception, AllowReconnect: true, ByClient: false));
        }
    }

    /// <summary>
    /// Ends the connection with a <see cref="TimeoutException"/>. Ending it here, rather than by cancelling
    /// the pending receive, makes the timeout the reported cause instead of whichever send fails next.
    /// </summary>
    private void ServerWentSilent()
    {
        if (!_end.Task.IsCompleted)
        {
            ClientLog.ServerTimedOut(_logger, (long)_options.ServerTimeout.TotalMilliseconds);
            End(new SessionEnd(new TimeoutException($"The server sent nothing for {_options.ServerTimeout}."), AllowReconnect: true, ByClient: false));
        }
    }

    private async Task DispatchBufferedAsync()
    {
        while (!_end.Task.IsCompleted && _reader.TryRead(out var bytes))
        {
            var message = HubMessageParser.Parse(bytes.Span);
            switch (message?.Type)
            {
                case HubMessageType.Completion:
                    Pending.Complete(message);
                    break;
                case HubMessageType.Invocation:
                    if (message.InvocationId is not null)
                    {
                        // A server asking for a client result: this client offers none, and says so rather than leave the server waiting.
                        await SendAsync(HubMessageWriter.CompletionWithError(message.InvocationId, "The client does not return results."), _lifetime.Token);
                    }
                    else
                    {
                        _pushes.TryWrite(message);
                    }

                    break;
                case HubMessageType.Close:
                    ClientLog.ServerClosed(_logger, message.Error);
                    End(new SessionEnd(new HubClosedByServerException(message.Error ?? "The server closed the connection.", message.AllowReconnect), message.AllowReconnect, ByClient: false));
                    break;
                default:
                    break;
            }
        }
    }

    private async Task PingLoopAsync()
    {
        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                await SendAsync(HubMessageWriter.Ping, _lifetime.Token);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // SendAsync has already ended the connection, or the connection ended first; make sure of it.
            End(new SessionEnd(exception, AllowReconnect: true, ByClient: false));
        }
    }
}
