using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace RemoteEvaluation.Client.Tests.Server;

/// <summary>The test server's open hub connections, so a test can cut them server-side.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);

    public int Count => _open.Count;

    public void Add(HubCallerContext context) => _open[context.ConnectionId] = context;

    public void Remove(HubCallerContext context) => _open.TryRemove(context.ConnectionId, out _);

    public int AbortAll()
    {
        var open = _open.Values.ToArray();
        foreach (var context in open)
        {
            context.Abort();
        }

        return open.Length;
    }
}
