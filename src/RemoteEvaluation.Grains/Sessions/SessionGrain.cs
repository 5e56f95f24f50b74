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

    public async Task<SessionSnapshot> PeekSnapshotAsync()
    {
        await RefreshAsync(CancellationToken.None);
        return new SessionSnapshot(Key, Version, State);
    }

    /// <summary>
    /// The archive marker (归档) seals the chain as it stands, so its hash is the stored hash of the last
    /// event, read from the store here: whatever the client sent is replaced.
    /// </summary>
    protected override async ValueTask<SessionCommand> PrepareAsync(SessionCommand command, CancellationToken cancellationToken)
    {
        if (command is not ArchiveSession archive)
        {
            return command;
        }

        var head = await Store.GetHeadAsync(StreamId, cancellationToken);
        if (head is not null && head.Version != Version)
        {
            await CatchUpAsync(cancellationToken); // if it moves again, the append conflicts and this runs again
        }

        return head is null ? archive : archive with { FinalChainHash = Convert.ToHexStringLower(head.LastHash.Span) };
    }
}
