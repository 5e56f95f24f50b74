using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sessions;

namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// The presenter's document positions on their way to the session grain (文档同步), coalesced per session: under load
/// only the latest position is recorded (<see cref="LatestOnly{TItem, TResult}"/>). One per node.
/// </summary>
/// <remarks>
/// SignalR runs one invocation of a connection at a time, so a hub method that waited for the write would make the
/// presenter's own positions queue up one by one and nothing would ever be coalesced. Instead a position is checked
/// against the rules at once (bad input is refused with its code) and handed over without waiting for the write.
/// </remarks>
public sealed class DocumentViews(IGrainFactory grains, TimeProvider time, ILogger<DocumentViews> logger)
{
    private readonly LatestOnly<PendingView, CommandResult> latest = new((sessionId, view) =>
        grains.GetGrain<ISessionGrain>(sessionId).ExecuteAsync(view.Command, view.Context));

    /// <summary>Why the rules would refuse <paramref name="command"/> on <paramref name="session"/> as it stands, or null.</summary>
    public Rejection? Check(SessionState session, ShowDocument command) =>
        SessionDecider.Decide(session, command, time.GetUtcNow()).Rejection;

    /// <summary>Hands a checked position over; it is written unless a later one for the same session replaces it first.</summary>
    public void Show(string sessionId, ShowDocument command, CommandContext context) =>
        _ = WriteAsync(sessionId, new PendingView(command, context));

    private async Task WriteAsync(string sessionId, PendingView view)
    {
        try
        {
            var outcome = await latest.SubmitAsync(sessionId, view);
            if (outcome.Result?.Rejection is { } refused)
            {
                // The session moved between the check and the write (suspended, closed): the position is not shown.
                DocumentLog.Refused(logger, sessionId, refused.Code);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DocumentLog.Failed(logger, sessionId, ex);
        }
    }

    /// <summary>A position waiting to be recorded, with who sent it.</summary>
    public sealed record PendingView(ShowDocument Command, CommandContext Context);
}
