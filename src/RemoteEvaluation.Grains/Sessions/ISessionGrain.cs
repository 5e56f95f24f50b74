using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Sessions;

/// <summary>
/// One evaluation session (评标会), keyed by its id and stored as stream <c>session/{id}</c>.
/// The single writer of everything that happens in that session.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Decides a command by the session rules and records its events.</summary>
    Task<CommandResult> ExecuteAsync(SessionCommand command, CommandContext context);

    /// <summary>The session as this node knows it after reading the log, with its version.</summary>
    Task<SessionSnapshot> GetSnapshotAsync();

    /// <summary>
    /// The session as this node last heard of it: the log is read only when this node's feed has heard of something
    /// newer (or cannot be sure). On several nodes it may trail another node's append by the notification's delay, so
    /// use it only for a check that is made again on <see cref="GetSnapshotAsync"/> before it refuses.
    /// </summary>
    Task<SessionSnapshot> PeekSnapshotAsync();
}
