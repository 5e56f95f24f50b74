using System.Diagnostics;
using RemoteEvaluation.Client.Transport;

namespace RemoteEvaluation.Client;

public sealed partial class HubConnection
{
    /// <summary>Watches the current connection; when it is lost, reconnects with backoff until told to stop.</summary>
    private async Task WatchAsync(WebSocketSession session, CancellationToken stopping)
    {
        Exception? closeError = null;
        while (true)
        {
            SessionEnd end;
            using (stopping.Register(static state => ((WebSocketSession)state!).EndByClient(), session))
            {
                // StopAsync closes the current connection politely; this covers one installed while it ran.
                end = await session.Completion;
            }

            await session.DisposeAsync();
            if (end.ByClient || stopping.IsCancellationRequested)
            {
                break;
            }

            // ASP.NET Core closes with allowReconnect=false on any server-side abort, not only on a refusal,
            // so a caller-supplied session predicate is the authority when there is one.
            if (!end.AllowReconnect && _options.ShouldReconnect is null)
            {
                closeError = end.Error;
                break;
            }

            SetState(HubConnectionState.Reconnecting, session: null);
            ClientLog.ConnectionLost(_logger, _hubForLogs, end.Error);
            Raise(Reconnecting, new HubConnectionEventArgs(end.Error, 0));

            var (next, attempts, lastError) = await ReconnectAsync(end.Error, stopping);
            if (next is null)
            {
                closeError = lastError;
                break;
            }

            session = next;
            ClientLog.Reconnected(_logger, _hubForLogs, attempts);
            Raise(Reconnected, new HubConnectionEventArgs(null, attempts));
        }

        CloseForGood(closeError);
    }

    private async Task<(WebSocketSession? Session, int Attempts, Exception? LastError)> ReconnectAsync(Exception? cause, CancellationToken stopping)
    {
        var lostAt = Stopwatch.GetTimestamp();
        var lastError = cause;
        for (var attempt = 1; ; attempt++)
        {
            WebSocketSession? session = null;
            try
            {
                if (!await ShouldReconnectAsync(new ReconnectAttempt(attempt, lastError, Stopwatch.GetElapsedTime(lostAt)), stopping))
                {
                    return (null, attempt - 1, lastError);
                }

                var delay = _options.Backoff.DelayBefore(attempt, _jitter);
                ClientLog.ReconnectScheduled(_logger, attempt, _hubForLogs, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, stopping);

                session = await ConnectAsync(stopping);
                Install(session);
                await RunResyncAsync(reconnected: true, stopping);
                return (session, attempt, null);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await DropAsync(session);
                return (null, attempt - 1, null);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A refused handshake, an unreachable server or a failed resync: try again after a longer delay.
                lastError = exception;
                ClientLog.ReconnectFailed(_logger, attempt, _hubForLogs, exception);
                await DropAsync(session);
            }
        }
    }

    private async Task<bool> ShouldReconnectAsync(ReconnectAttempt attempt, CancellationToken stopping)
    {
        if (_options.ShouldReconnect is null)
        {
            return true;
        }

        try
        {
            return await _options.ShouldReconnect(attempt, stopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            // The predicate often asks the server whether the session is open; while the link is down
            // that question fails too, which is a reason to keep trying rather than to give up.
            ClientLog.ReconnectFailed(_logger, attempt.Number, _hubForLogs, exception);
            return true;
        }
    }

    private async Task DropAsync(WebSocketSession? session)
    {
        if (session is null)
        {
            return;
        }

        SetState(HubConnectionState.Reconnecting, session: null);
        await session.DisposeAsync();
    }

    private void CloseForGood(Exception? error)
    {
        TaskCompletionSource waiters;
        lock (_gate)
        {
            _state = HubConnectionState.Disconnected;
            _session = null;
            waiters = _connected;
            _connected = NewConnectedSignal();
        }

        waiters.TrySetException(new HubDisconnectedException("The connection closed before it was connected again.", false, error));
        ClientLog.Closed(_logger, _hubForLogs, error);
        Raise(Closed, new HubConnectionEventArgs(error, 0));
    }
}
