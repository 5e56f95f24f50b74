namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// What this node has heard of each stream's head: its own appends as they commit, and other nodes' through the
/// change feed. Lets a grain answer a peek from memory instead of asking the log whether anything was appended.
/// </summary>
public interface IStreamHeads
{
    /// <summary>
    /// True when this node has heard of <paramref name="streamId"/> up to exactly <paramref name="version"/> and
    /// hears every node now; false whenever it cannot be sure (then read the log).
    /// </summary>
    bool IsCurrent(string streamId, long version);
}
