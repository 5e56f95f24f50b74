using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// The per-connection rate limit (连接限流) of every hub invocation: a token bucket per connection; an invocation over it
/// is refused with <see cref="HubLimitRejections.RateLimited"/> (retriable), and a connection that keeps sending while
/// refused — more than <see cref="HubRateLimitOptions.RefusalsBeforeAbort"/> within the flood window — is closed.
/// </summary>
/// <remarks>
/// One partitioned limiter for all connections: it replenishes every bucket from one timer and drops the buckets of
/// connections that have gone (idle and full), so nothing has to be cleaned up on disconnect.
/// </remarks>
public sealed class HubRateLimitFilter : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> invocations;
    private readonly PartitionedRateLimiter<string> refusals;
    private readonly HubRateLimitOptions options;
    private readonly ILogger<HubRateLimitFilter> logger;

    public HubRateLimitFilter(IOptions<HubLimitsOptions> limits, ILogger<HubRateLimitFilter> logger)
    {
        options = limits.Value.RateLimit;
        this.logger = logger;
        invocations = PartitionedRateLimiter.Create<string, string>(connectionId => RateLimitPartition.GetTokenBucketLimiter(
            connectionId,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.Burst,
                TokensPerPeriod = options.TokensPerPeriod,
                ReplenishmentPeriod = options.ReplenishmentPeriod,
                QueueLimit = 0,
            }));
        refusals = PartitionedRateLimiter.Create<string, string>(connectionId => RateLimitPartition.GetFixedWindowLimiter(
            connectionId,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RefusalsBeforeAbort, Window = options.FloodWindow, QueueLimit = 0 }));
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = invocationContext.Context;
        using (var lease = invocations.AttemptAcquire(connection.ConnectionId))
        {
            if (lease.IsAcquired)
            {
                return await next(invocationContext);
            }
        }

        var user = connection.User?.Identity?.Name ?? "anonymous";
        using var tolerated = refusals.AttemptAcquire(connection.ConnectionId);
        if (tolerated.IsAcquired)
        {
            HubHardeningLog.RateLimited(logger, invocationContext.HubMethodName, connection.ConnectionId, user);
        }
        else
        {
            HubHardeningLog.FloodAborted(logger, connection.ConnectionId, user, options.RefusalsBeforeAbort, options.FloodWindow);
            connection.Abort();
        }

        throw new HubException(new HubError(
            HubLimitRejections.RateLimited,
            $"Too many invocations on this connection; wait {options.ReplenishmentPeriod.TotalSeconds:0.###} s and send the same invocation again.",
            Retriable: true).ToExceptionMessage());
    }

    public void Dispose()
    {
        invocations.Dispose();
        refusals.Dispose();
    }
}
