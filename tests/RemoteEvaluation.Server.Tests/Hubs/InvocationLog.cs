using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// A hub filter that writes down which connection invoked which command id, so a test can compare the server's own
/// connection id with the one recorded in the event metadata (the client never learns it).
/// </summary>
internal sealed class InvocationLog : IHubFilter
{
    private readonly ConcurrentDictionary<string, string> connectionsByCommandId = new(StringComparer.Ordinal);

    public string? ConnectionOf(string commandId) => connectionsByCommandId.GetValueOrDefault(commandId);

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.HubMethodArguments is [string, string commandId, ..])
        {
            connectionsByCommandId[commandId] = invocationContext.Context.ConnectionId;
        }

        return next(invocationContext);
    }
}
