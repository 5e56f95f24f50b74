using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Web.Tests.Audit;

/// <summary>
/// Traffic on the demo session, sent to its grain the way the hub sends commands: host staff post, present a bid
/// document, and a supervisor warns. Each send answers the version it recorded, so a test can pick versions to replay.
/// </summary>
public sealed class DemoSessionTraffic(IServiceProvider services)
{
    public const string SessionId = "demo-zj-2026-001";
    public const string HostSite = "site-330100";

    public static readonly Actor Host = new(ActorRole.HostStaff, "host.hz", HostSite);
    public static readonly Actor Supervisor = new(ActorRole.Supervisor, "supervisor", string.Empty);

    private int sent;

    public Task<long> PostChatAsync(string text) => SendAsync(new PostChatMessage(Host, null, text));

    public Task<long> ShowDocumentAsync(string documentId, int page) => SendAsync(new ShowDocument(Host, documentId, page));

    public Task<long> WarnAsync(string text) => SendAsync(new IssueWarning(Supervisor, null, text));

    private async Task<long> SendAsync(SessionCommand command)
    {
        var session = services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(SessionId);
        var result = await session.ExecuteAsync(command, new CommandContext($"audit-pages:{++sent}", command.By.PersonId, RoleNames.Of(command.By.Role), command.By.SiteId));
        Assert.True(result.Rejection is null, $"{command.GetType().Name}: {result.Rejection?.Code} {result.Rejection?.Message}");
        return result.Version;
    }
}
