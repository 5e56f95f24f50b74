using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Accounts;

/// <summary>
/// One staff account (工作人员账号), keyed by its username and stored as stream <c>account/{username}</c>.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Decides an account command by <see cref="AccountDecider"/> and records its events.</summary>
    Task<CommandResult> ExecuteAsync(AccountCommand command, CommandContext context);

    /// <summary>The account as the log holds it now (read again, since another node may have changed it).</summary>
    Task<AccountSnapshot> GetSnapshotAsync();
}
