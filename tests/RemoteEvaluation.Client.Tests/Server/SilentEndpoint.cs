using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace RemoteEvaluation.Client.Tests.Server;

/// <summary>
/// A WebSocket endpoint that completes the SignalR handshake and then never sends another byte,
/// counting the pings it receives: a server that went silent without closing anything.
/// </summary>
public sealed class SilentEndpoint
{
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _pings;

    public Task PingsReached(int count)
    {
        lock (_gate)
        {
            if (_pings >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task;
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[4096];
        var answered = false;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var text = System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count);
                if (!answered && text.Contains("\"protocol\"", StringComparison.Ordinal))
                {
                    answered = true;
                    await socket.SendAsync("{}\u001e"u8.ToArray(), WebSocketMessageType.Text, true, context.RequestAborted);
                }

                foreach (var message in text.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (message.Contains("\"type\":6", StringComparison.Ordinal))
                    {
                        CountPing();
                    }
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client gave up on us, which is what the test wants.
        }
    }

    private void CountPing()
    {
        lock (_gate)
        {
            _pings++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _pings).ToArray())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
