using RemoteEvaluation.Domain;

namespace RemoteEvaluation.Grains.EventSourcing;

/// <summary>
/// The answer to one command: accepted at a stream version (a repeat of an accepted command answers
/// the same, with <see cref="Duplicate"/> set), or rejected with a stable code and nothing recorded.
/// </summary>
public sealed record CommandResult(long Version, Rejection? Rejection, bool Duplicate = false)
{
    public bool Accepted => Rejection is null;

    public static CommandResult Ok(long version, bool duplicate = false) => new(version, null, duplicate);

    public static CommandResult Rejected(Rejection rejection, long version) => new(version, rejection);
}
