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
    /// The presenter shows a document position (文档同步). It is checked against the rules at once (a refusal carries
    /// their code) and recorded without waiting: positions are coalesced per session, so while one is being written,
    /// later ones replace each other and only the latest is recorded next.
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
        var command = new ShowDocument(actor, documentId, page, zoom, scroll);
        if (views.Check(snapshot.State, command) is { } rejection)
        {
            throw Refused(rejection);
        }

        views.Show(sessionId, command, new CommandContext(commandId, actor.PersonId, RoleNames.Of(actor.Role), actor.SiteId, Context.ConnectionId));
        return new DocumentViewAck(snapshot.Version);
    }
}
