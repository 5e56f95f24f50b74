using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// The presenter's document positions on their way to the session grain (文档同步), coalesced per session: under load
/// only the latest position is recorded (<see cref="LatestOnly{TItem, TResult}"/>). One per node.
/// </summary>
public sealed class DocumentViews(IGrainFactory grains)
{
    private readonly LatestOnly<PendingView, CommandResult> latest = new((sessionId, view) =>
        grains.GetGrain<ISessionGrain>(sessionId).ExecuteAsync(view.Command, view.Context));

    /// <summary>Records <paramref name="command"/>, unless a later position for the same session replaces it first.</summary>
    public Task<LatestOnly<PendingView, CommandResult>.Outcome> ShowAsync(string sessionId, ShowDocument command, CommandContext context) =>
        latest.SubmitAsync(sessionId, new PendingView(command, context));

    /// <summary>A position waiting to be recorded, with who sent it.</summary>
    public sealed record PendingView(ShowDocument Command, CommandContext Context);
}
