using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>
/// Test-only hub filter (registered through ConfigureTestServices, never by the server) that cuts connections from the
/// server side with <see cref="HubCallerContext.Abort"/>: all of them at once, or one right after a chosen command ran, so
/// the command is recorded but its answer never leaves the server.
/// </summary>
internal sealed class ServerSideCut : IHubFilter
{
    private readonly ConcurrentDictionary<string, HubCallerContext> open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> cutAfter = new(StringComparer.Ordinal);

    public int Open => open.Count;

    /// <summary>The next time an invocation with this command id (its second argument) succeeds, its connection is cut before the answer is written.</summary>
    public void CutAfterCommand(string commandId) => cutAfter[commandId] = true;

    public int CutAll()
    {
        var contexts = open.Values.ToArray();
        foreach (var context in contexts)
        {
            context.Abort();
        }

        return contexts.Length;
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var result = await next(invocationContext);
        if (invocationContext.HubMethodArguments is [_, string commandId, ..] && cutAfter.TryRemove(commandId, out _))
        {
            // Writes after Abort are dropped, so the client never hears that the command was recorded.
            invocationContext.Context.Abort();
        }

        return result;
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        open[context.Context.ConnectionId] = context.Context;
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        open.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }
}
