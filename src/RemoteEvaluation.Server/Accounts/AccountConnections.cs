using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// The hub connections each staff account holds on this node (账号连接), so that disabling an account (or changing its
/// role or centre) can close them at once instead of at their next call; pushes need no call, so until then a disabled
/// account would keep receiving its session's events. Registered as a filter of every hub.
/// </summary>
internal sealed class AccountConnections : IHubFilter
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> byAccount = new(StringComparer.Ordinal);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User is { } user && user.IsStaff() && user.Identity?.Name is { } username)
        {
            byAccount.GetOrAdd(username, _ => new(StringComparer.Ordinal))[context.Context.ConnectionId] = context.Context;
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User?.Identity?.Name is { } username && byAccount.TryGetValue(username, out var connections))
        {
            connections.TryRemove(context.Context.ConnectionId, out _);
        }

        await next(context, exception);
    }

    /// <summary>Whether <paramref name="username"/> holds any connection here (most account changes concern nobody connected).</summary>
    public bool Holds(string username) => byAccount.TryGetValue(username, out var connections) && !connections.IsEmpty;

    /// <summary>The open connections of <paramref name="username"/> on this node.</summary>
    public IReadOnlyList<HubCallerContext> Of(string username) =>
        byAccount.TryGetValue(username, out var connections) ? [.. connections.Values] : [];
}
