using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Sites;

/// <summary>The site grain: <see cref="SiteDecider"/> over stream <c>site/{id}</c>.</summary>
public sealed class SiteGrain(GrainServices services)
    : EventSourcedGrain<SiteDecider, SiteState, SiteCommand, SiteEvent>(services), ISiteGrain
{
    protected override string StreamKind => "site";

    public Task<CommandResult> ExecuteAsync(SiteCommand command, CommandContext context) => base.ExecuteAsync(command, context);

    public async Task<SiteSnapshot> GetSnapshotAsync()
    {
        await CatchUpAsync(CancellationToken.None);
        return new SiteSnapshot(Key, Version, State);
    }
}
