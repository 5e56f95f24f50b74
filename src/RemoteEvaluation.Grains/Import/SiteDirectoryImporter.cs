using System.Text.Json;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sites;

namespace RemoteEvaluation.Grains.Import;

/// <summary>
/// Enters centres from a directory file through the site grains: registration, rooms, and the links a coordinator
/// approved (recorded on both centres). Command ids derive from the content, so loading twice records nothing new.
/// </summary>
public sealed class SiteDirectoryImporter(IGrainFactory grains)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ImportReport> ImportAsync(IReadOnlyList<SiteImportRow> sites, string coordinatorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        List<ImportRowResult> results = [];
        for (var i = 0; i < sites.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = sites[i];
            List<string> reasons = [];
            if (!RegionCode.TryParse(row.Region, out var region))
            {
                reasons.Add($"import.invalid_region: '{row.Region}' is not a six-digit GB/T 2260 code");
            }

            if (!Enum.TryParse<SiteLevel>(row.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level) || level == SiteLevel.None)
            {
                reasons.Add($"import.invalid_level: '{row.Level}' is not Province, City or County");
            }

            if (reasons.Count == 0)
            {
                var site = grains.GetGrain<ISiteGrain>(row.Id);
                var context = new CommandContext($"import:site:{row.Id}", coordinatorId, "coordinator");
                Collect(await site.ExecuteAsync(new RegisterSite(row.Name, region, level), context), reasons);
                foreach (var room in row.Rooms)
                {
                    Collect(await site.ExecuteAsync(new AddRoom(room.Id, room.Name, room.Seats), context with { CommandId = $"import:room:{row.Id}:{room.Id}" }), reasons);
                }
            }

            results.Add(new ImportRowResult(i + 1, row.Id, reasons.Count == 0 ? ImportOutcome.Imported : ImportOutcome.Rejected, reasons));
        }

        foreach (var row in sites)
        {
            foreach (var other in row.Links)
            {
                // A link approved by the coordinator is known to both centres.
                await Link(row.Id, other, coordinatorId);
                await Link(other, row.Id, coordinatorId);
            }
        }

        return new ImportReport(results);
    }

    private async Task Link(string from, string to, string coordinatorId) =>
        await grains.GetGrain<ISiteGrain>(from).ExecuteAsync(new ApproveLink(to, coordinatorId), new CommandContext($"import:link:{from}:{to}", coordinatorId, "coordinator"));

    private static void Collect(CommandResult result, List<string> reasons)
    {
        if (result.Rejection is { Code: not SiteRejections.RoomExists } rejection)
        {
            reasons.Add($"{rejection.Code}: {rejection.Message}");
        }
    }
}
