using Microsoft.AspNetCore.Mvc;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Documents;

namespace RemoteEvaluation.Server.Hubs;

// Chat between centres and the presenter's document view: both recorded in the session stream and pushed from the feed.
public sealed partial class EvaluationHub
{
    /// <summary>Posts a chat message (文字交流) to everyone (<paramref name="toSiteId"/> null) or between the host and one remote centre.</summary>
    public Task<CommandAck> PostChatMessage(string sessionId, string commandId, string? toSiteId, string text) =>
        ExecuteAsync(sessionId, commandId, by => new PostChatMessage(by, toSiteId, text));

    /// <summary>
    /// The presenter shows a document position (文档同步). Positions are coalesced per session: while one is being
    /// recorded, later ones replace each other and only the latest is recorded next; a replaced one answers superseded.
    /// </summary>
    public async Task<DocumentViewAck> ShowDocument(string sessionId, string commandId, string documentId, int page, decimal zoom, decimal scroll, [FromServices] DocumentViews views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var snapshot = await SnapshotAsync(sessionId);
        if (access.MayCommand(Context.User!, sessionId, snapshot.State, typeof(ShowDocument)) is { } refused)
        {
            throw Refused(refused);
        }

        var actor = access.ActorOf(Context.User!, snapshot.State)!;
        var context = new CommandContext(commandId, actor.PersonId, RoleNames.Of(actor.Role), actor.SiteId, Context.ConnectionId);
        var outcome = await views.ShowAsync(sessionId, new ShowDocument(actor, documentId, page, zoom, scroll), context);
        if (!outcome.WasWritten)
        {
            return new DocumentViewAck(snapshot.Version, Superseded: true);
        }

        return outcome.Result!.Rejection is { } rejection ? throw Refused(rejection) : new DocumentViewAck(outcome.Result.Version, Superseded: false);
    }
}
