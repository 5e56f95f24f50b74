using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Settings;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Accounts;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Documents;
using RemoteEvaluation.Storage.Hosting;

namespace RemoteEvaluation.Server.Demo;

/// <summary>
/// Schedules the demo session (演示评标会) on the first start: the project, its remote centres, the bids and the bid
/// documents of <c>documents.json</c>, each PDF stored as a blob and registered by the session rules, so that a fresh
/// <c>dotnet run</c> has documents to show. Every command has a fixed id, so two nodes starting at once record it once.
/// </summary>
internal sealed partial class DemoSession(
    IGrainFactory grains, IBlobStore blobs, TimeProvider time, IOptions<DemoOptions> demo, IOptions<StorageOptions> storage, ILogger<DemoSession> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = demo.Value;
        if (!(options.LoadSession ?? options.LoadProvince ?? options.Seed ?? storage.Value.Provider == StorageProvider.Sqlite))
        {
            return;
        }

        var folder = options.ProvinceFolder ?? Path.Combine(AppContext.BaseDirectory, "samples", "demo-province");
        var path = Path.Combine(folder, "documents.json");
        if (!File.Exists(path))
        {
            NotFound(logger, path);
            return;
        }

        DemoSessionManifest manifest;
        await using (var file = File.OpenRead(path))
        {
            manifest = await JsonSerializer.DeserializeAsync<DemoSessionManifest>(file, Json, cancellationToken)
                ?? throw new InvalidDataException($"{path} holds no session.");
        }

        var session = grains.GetGrain<ISessionGrain>(manifest.SessionId);
        if ((await session.GetSnapshotAsync()).State.Phase != SessionPhase.None)
        {
            return;
        }

        await ScheduleAsync(session, manifest);
        foreach (var document in manifest.Documents)
        {
            await RegisterAsync(session, Host(manifest), folder, document, cancellationToken);
        }

        Scheduled(logger, manifest.SessionId, manifest.Documents.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleAsync(ISessionGrain session, DemoSessionManifest m)
    {
        var host = Host(m);
        var today = time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date;
        var startsAt = new DateTimeOffset(today.AddDays(1).AddHours(9), TimeSpan.FromHours(8));
        await SendAsync(session, "schedule", new ScheduleSession(
            host, m.ProjectCode, m.ProjectName, m.HostSiteId, startsAt, m.EstimatedValue, m.Fees is null ? null : EvaluationSettings.Default with { Fees = m.Fees }));
        foreach (var site in m.RemoteSiteIds)
        {
            await SendAsync(session, $"link:{site}", new LinkRemoteSite(host, site));
        }

        await SendAsync(session, "bids", new RegisterBids(host, [.. m.Bids]));
    }

    private async Task RegisterAsync(ISessionGrain session, Actor host, string folder, DemoDocument d, CancellationToken cancellationToken)
    {
        // The bytes first: a registered document always has its blob.
        var content = await File.ReadAllBytesAsync(Path.Combine(folder, d.File), cancellationToken);
        var sha256 = await blobs.PutAsync(content, cancellationToken);
        var pages = PdfFile.CountPages(content) ?? d.Pages;
        await SendAsync(session, $"document:{d.DocumentId}", new RegisterDocument(host, d.DocumentId, d.BidderId, d.Part, d.Title, sha256, pages, content.LongLength));
    }

    private static Actor Host(DemoSessionManifest m) => new(ActorRole.HostStaff, "demo", m.HostSiteId);

    private async Task SendAsync(ISessionGrain session, string step, SessionCommand command)
    {
        var result = await session.ExecuteAsync(command, new CommandContext($"demo:{step}", command.By.PersonId, RoleNames.Of(command.By.Role), command.By.SiteId));
        if (result.Rejection is { } rejected)
        {
            Refused(logger, step, rejected.Code, rejected.Message);
        }
    }

    [LoggerMessage(3203, LogLevel.Information, "Scheduled the demo session {SessionId} with {Documents} documents")]
    private static partial void Scheduled(ILogger logger, string sessionId, int documents);

    [LoggerMessage(3204, LogLevel.Warning, "The demo session was not scheduled: no {Path}")]
    private static partial void NotFound(ILogger logger, string path);

    [LoggerMessage(3205, LogLevel.Warning, "The demo session refused step {Step}: {Code} {Message}")]
    private static partial void Refused(ILogger logger, string step, string code, string message);
}
