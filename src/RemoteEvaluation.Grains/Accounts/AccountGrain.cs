using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Grains.Accounts;

/// <summary>The account grain: <see cref="AccountDecider"/> over stream <c>account/{username}</c>.</summary>
public sealed class AccountGrain(GrainServices services)
    : EventSourcedGrain<AccountDecider, AccountState, AccountCommand, AccountEvent>(services), IAccountGrain
{
    /// <summary>The stream kind of accounts; <c>IEventStore.ListStreamsAsync("account")</c> lists them.</summary>
    public const string Kind = "account";

    protected override string StreamKind => Kind;

    public Task<CommandResult> ExecuteAsync(AccountCommand command, CommandContext context) => base.ExecuteAsync(command, context);

    public async Task<AccountSnapshot> GetSnapshotAsync()
    {
        // A password change or a disablement on another node must count here at once.
        await CatchUpAsync(CancellationToken.None);
        return new AccountSnapshot(Key, Version, State);
    }
}
