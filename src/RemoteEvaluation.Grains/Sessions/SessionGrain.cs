using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Sessions;

/// <summary>The session grain: <see cref="SessionDecider"/> over stream <c>session/{id}</c>.</summary>
public sealed class SessionGrain(GrainServices services)
    : EventSourcedGrain<SessionDecider, SessionState, SessionCommand, SessionEvent>(services), ISessionGrain
{
    protected override string StreamKind => "session";

    public Task<CommandResult> ExecuteAsync(SessionCommand command, CommandContext context) => base.ExecuteAsync(command, context);

    public async Task<SessionSnapshot> GetSnapshotAsync()
    {
        // Another node may have written since this activation last looked.
        await CatchUpAsync(CancellationToken.None);
        return new SessionSnapshot(Key, Version, State);
    }
}
