using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Sites;

/// <summary>
/// One centre of the directory (交易中心), keyed by its id and stored as stream <c>site/{id}</c>. Seat bookings
/// run one at a time in the grain and are appended at the version they were decided on, so concurrent bookings
/// never exceed the seats, on one node or several.
/// </summary>
public interface ISiteGrain : IGrainWithStringKey
{
    /// <summary>Decides a command by the directory rules and records its events.</summary>
    Task<CommandResult> ExecuteAsync(SiteCommand command, CommandContext context);

    /// <summary>The centre as this node knows it after reading the log, with its version.</summary>
    Task<SiteSnapshot> GetSnapshotAsync();
}

/// <summary>A centre at a stream version.</summary>
public sealed record SiteSnapshot(string SiteId, long Version, SiteState State);
