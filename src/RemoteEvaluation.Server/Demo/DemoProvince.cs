using Microsoft.Extensions.Options;
using RemoteEvaluation.Grains.Import;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Server.Demo;

/// <summary>
/// Loads the demo province (演示省: centres, links between them, experts) through the grains on the first
/// start of an empty log, so a fresh machine has something to show. Runs after the schema is applied.
/// </summary>
internal sealed partial class DemoProvince(
    DemoProvinceLoader loader, IOptions<DemoOptions> demo, IOptions<StorageOptions> storage, ILogger<DemoProvince> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = demo.Value;
        if (!(options.LoadProvince ?? options.Seed ?? storage.Value.Provider == StorageProvider.Sqlite))
        {
            return;
        }

        var folder = options.ProvinceFolder ?? Path.Combine(AppContext.BaseDirectory, "samples", "demo-province");
        if (!File.Exists(Path.Combine(folder, "sites.json")))
        {
            NotFound(logger, folder);
            return;
        }

        var result = await loader.LoadIfEmptyAsync(folder, cancellationToken);
        if (result.Loaded)
        {
            Loaded(logger, result.Sites.Imported, result.Experts.Imported, result.Sites.Rejected + result.Experts.Rejected);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(3201, LogLevel.Information, "Loaded the demo province: {Sites} centres, {Experts} experts ({Rejected} rows rejected)")]
    private static partial void Loaded(ILogger logger, int sites, int experts, int rejected);

    [LoggerMessage(3202, LogLevel.Warning, "The demo province was not loaded: no sites.json in {Folder}")]
    private static partial void NotFound(ILogger logger, string folder);
}
