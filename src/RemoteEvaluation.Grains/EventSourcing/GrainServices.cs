using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.EventSourcing;

/// <summary>What every event-sourced grain needs from the host, in one constructor argument.</summary>
/// <param name="heads">Without it (a store with no feed), every peek reads the log.</param>
public sealed class GrainServices(
    IEventStore store, TimeProvider time, IOptions<GrainRuntimeOptions> options, ILogger<GrainServices> logger, IStreamHeads? heads = null)
{
    public IEventStore Store { get; } = store;

    public IStreamHeads? Heads { get; } = heads;

    public TimeProvider Time { get; } = time;

    public IOptions<GrainRuntimeOptions> Options { get; } = options;

    public ILogger Logger { get; } = logger;
}
