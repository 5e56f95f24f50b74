using Microsoft.Extensions.Hosting;

namespace RemoteEvaluation.Storage.Hosting;

/// <summary>Applies the schema scripts before anything else starts: hosted services start before the web server listens.</summary>
public sealed class SchemaHostedService(Func<CancellationToken, Task> apply) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => apply(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
