using System.Net.WebSockets;
using System.Text;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>A bare <see cref="ClientWebSocket"/> on a hub, to send what no well-behaved client would: malformed and oversized frames.</summary>
internal sealed class RawHubSocket : IAsyncDisposable
{
    public const char Separator = '\u001e';
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket socket = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Connects with the token in the query string and sends <paramref name="handshake"/>; answers the socket and the server's handshake reply.</summary>
    public static async Task<(RawHubSocket Socket, string Reply)> ConnectAsync(Uri hubUrl, string token, string handshake = "{\"protocol\":\"json\",\"version\":1}")
    {
        var raw = new RawHubSocket();
        var url = new UriBuilder(hubUrl) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await raw.socket.ConnectAsync(url, Cancel).WaitAsync(Patience, Cancel);
        await raw.SendTextAsync(handshake + Separator);
        return (raw, await raw.ReadMessageAsync() ?? throw new InvalidOperationException("The server closed the socket before answering the handshake."));
    }

    /// <summary>Connects and completes the JSON handshake.</summary>
    public static async Task<RawHubSocket> OpenAsync(Uri hubUrl, string token)
    {
        var (raw, reply) = await ConnectAsync(hubUrl, token);
        Assert.Equal("{}", reply);
        return raw;
    }

    public Task SendTextAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type) =>
        await socket.SendAsync(bytes, type, endOfMessage: true, Cancel).WaitAsync(Patience, Cancel);

    /// <summary>The next hub message (without its separator), skipping pings; null once the server has closed the socket.</summary>
    public async Task<string?> ReadMessageAsync()
    {
        while (true)
        {
            var message = await ReadRecordAsync();
            if (message is null || !message.Contains("\"type\":6", StringComparison.Ordinal))
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the server closes the socket and answers every hub message it sent before that.</summary>
    public async Task<IReadOnlyList<string>> ReadUntilClosedAsync()
    {
        // Pings keep an open socket talking, so the deadline covers the whole wait, not each read.
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        List<string> messages = [];
        while (await ReadMessageAsync() is { } message)
        {
            messages.Add(message);
            if (deadline.Elapsed > Patience)
            {
                throw new TimeoutException($"The server kept the socket open; it sent: {string.Join(" | ", messages)}");
            }
        }

        return messages;
    }

    private readonly StringBuilder pending = new();

    private async Task<string?> ReadRecordAsync()
    {
        var buffer = new byte[8192];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(Separator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return text[..end];
            }

            if (socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
            {
                return null;
            }

            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, Cancel).WaitAsync(Patience, Cancel);
            }
            catch (WebSocketException)
            {
                return null; // the server dropped the connection without a close frame
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException)
            {
                // Already going away.
            }
        }

        socket.Dispose();
    }
}
