using System.Text.Json;
using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Grains.Import;

/// <summary>What the demo loader did.</summary>
public sealed record DemoLoadResult(bool Loaded, ImportReport Sites, ImportReport Experts);

/// <summary>
/// Loads the demo province (<c>samples/demo-province</c>: <c>sites.json</c> and <c>experts.csv</c>) through the
/// grains on the first start of the embedded default: only when the log holds no centre yet.
/// </summary>
public sealed class DemoProvinceLoader(IEventStore store, SiteDirectoryImporter sites, ExpertImporter experts)
{
    public const string CoordinatorId = "demo-coordinator";

    public async Task<DemoLoadResult> LoadIfEmptyAsync(string folder, CancellationToken cancellationToken = default)
    {
        if ((await store.ListStreamsAsync("site", null, 1, cancellationToken)).Count > 0)
        {
            return new DemoLoadResult(false, new ImportReport([]), new ImportReport([]));
        }

        SiteImportRow[] directory;
        await using (var file = File.OpenRead(Path.Combine(folder, "sites.json")))
        {
            directory = await JsonSerializer.DeserializeAsync<SiteImportRow[]>(file, SiteDirectoryImporter.Json, cancellationToken)
                ?? throw new InvalidDataException($"{folder}/sites.json holds no centres.");
        }

        var siteReport = await sites.ImportAsync(directory, CoordinatorId, cancellationToken);
        using var csv = File.OpenText(Path.Combine(folder, "experts.csv"));
        var expertReport = await experts.ImportCsvAsync(csv, CoordinatorId, cancellationToken);
        return new DemoLoadResult(true, siteReport, expertReport);
    }
}
