using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Experts;

/// <summary>The expert grain: <see cref="ExpertDecider"/> over stream <c>expert/{id}</c>.</summary>
public sealed class ExpertGrain(GrainServices services, ExpertPoolProjection pool)
    : EventSourcedGrain<ExpertDecider, ExpertState, ExpertCommand, ExpertEvent>(services), IExpertGrain
{
    protected override string StreamKind => "expert";

    public async Task<CommandResult> ExecuteAsync(ExpertCommand command, CommandContext context)
    {
        var result = await base.ExecuteAsync(command, context);
        if (result.Accepted)
        {
            // The pool on this node sees the change before the caller does; other nodes catch up from the log.
            pool.Apply(Key, Version, State);
        }

        return result;
    }

    public async Task<ExpertSnapshot> GetSnapshotAsync()
    {
        await CatchUpAsync(CancellationToken.None);
        return new ExpertSnapshot(Key, Version, State);
    }
}
