using System.Runtime.CompilerServices;
using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// Finds and lists staff accounts (账号目录). There is no read model: each account is its own stream, listed with
/// <see cref="IEventStore.ListStreamsAsync"/> — a province has hundreds of staff, not millions.
/// </summary>
public sealed class AccountDirectory(IGrainFactory grains, IEventStore store)
{
    /// <summary>The account under <paramref name="username"/>, or null when the name is malformed or unused.</summary>
    public async Task<AccountSnapshot?> FindAsync(string? username)
    {
        if (!Usernames.IsValid(username))
        {
            return null; // never activate a grain for a name that cannot exist
        }

        var snapshot = await Grain(username!).GetSnapshotAsync();
        return snapshot.State.Exists ? snapshot : null;
    }

    public IAccountGrain Grain(string username) => grains.GetGrain<IAccountGrain>(username);

    public Task<CommandResult> ExecuteAsync(string username, AccountCommand command, CommandContext context) =>
        Grain(username).ExecuteAsync(command, context);

    /// <summary>Every account, by username.</summary>
    public async IAsyncEnumerable<AccountState> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var page = await store.ListStreamsAsync(AccountGrain.Kind, after, 500, cancellationToken);
            foreach (var head in page)
            {
                var username = head.StreamId[(AccountGrain.Kind.Length + 1)..];
                var account = (await Grain(username).GetSnapshotAsync()).State;
                if (account.Exists)
                {
                    yield return account;
                }
            }

            if (page.Count < 500)
            {
                yield break;
            }

            after = page[^1].StreamId;
        }
    }

    /// <summary>Whether any account was ever created (demo seeding runs only when none was).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        (await store.ListStreamsAsync(AccountGrain.Kind, null, 1, cancellationToken)).Count > 0;
}
