using Microsoft.Extensions.Diagnostics.HealthChecks;
using RemoteEvaluation.Storage.Feed;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>Ready only when a query reaches the event database.</summary>
internal sealed class StorageHealthCheck(IStorageProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await probe.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy("The event database answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The event database does not answer.", ex);
        }
    }
}

/// <summary>Ready only while this node hears the other nodes' appends (always, on the embedded store).</summary>
internal sealed class ChangeFeedHealthCheck(IChangeFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.IsListening
            ? HealthCheckResult.Healthy("The change feed is listening.")
            : HealthCheckResult.Unhealthy("The change feed's database listener is reconnecting."));
}
