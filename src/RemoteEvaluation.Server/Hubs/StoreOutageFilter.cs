using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Hosting;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// Turns a database outage that outlasted the grain's retries into the retriable <see cref="StoreRejections.Unavailable"/>
/// on every hub method, so clients send the same invocation again instead of seeing a final, unstructured error.
/// </summary>
public sealed partial class StoreOutageFilter(ILogger<StoreOutageFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (StoreOutage.Caused(ex))
        {
            StoreUnavailable(logger, invocationContext.HubMethodName, ex);
            throw new HubException(new HubError(
                StoreRejections.Unavailable,
                "The event database cannot be reached right now; send the same invocation again (same command id) in a moment.",
                Retriable: true).ToExceptionMessage());
        }
    }

    [LoggerMessage(3350, LogLevel.Warning, "Hub method {Method} failed because the event database is unavailable; the client is told to retry")]
    private static partial void StoreUnavailable(ILogger logger, string method, Exception exception);
}
