using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Experts;

/// <summary>
/// One expert's record in the pool (评标专家), keyed by the expert id and stored as stream <c>expert/{id}</c>.
/// Every accepted change is pushed to this node's <see cref="IExpertPool"/> at once.
/// </summary>
public interface IExpertGrain : IGrainWithStringKey
{
    /// <summary>Decides a command by the registry rules and records its events.</summary>
    Task<CommandResult> ExecuteAsync(ExpertCommand command, CommandContext context);

    /// <summary>The record as this node knows it after reading the log, with its version.</summary>
    Task<ExpertSnapshot> GetSnapshotAsync();
}

/// <summary>An expert's record at a stream version.</summary>
public sealed record ExpertSnapshot(string ExpertId, long Version, ExpertState State);
