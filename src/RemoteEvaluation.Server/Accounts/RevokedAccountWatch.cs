using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.Reminders;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// Closes a staff member's hub connections on this node when their account changes so that its tokens no longer pass
/// (disabled, another role, another centre): every node hears the account's append through the change feed. The
/// client may reconnect, but its token is then refused at <c>Join</c> and at every call.
/// </summary>
internal sealed class RevokedAccountWatch(
    IStreamNotifications notifications,
    AccountConnections connections,
    IGrainFactory grains,
    ILogger<RevokedAccountWatch> logger) : BackgroundService
{
    private const string Prefix = AccountGrain.Kind + "/";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscription = notifications.Subscribe(OnAppendedAsync);
        stoppingToken.Register(subscription.Dispose);
        return Task.CompletedTask;
    }

    private async ValueTask OnAppendedAsync(string streamId, long version, IReadOnlyList<StoredEvent>? events)
    {
        if (!streamId.StartsWith(Prefix, StringComparison.Ordinal) || !connections.Holds(streamId[Prefix.Length..]))
        {
            return;
        }

        var username = streamId[Prefix.Length..];
        try
        {
            var account = (await grains.GetGrain<IAccountGrain>(username).GetSnapshotAsync()).State;
            foreach (var connection in connections.Of(username).Where(c => c.User is null || !AccountStanding.Allows(account, c.User)))
            {
                AccountsLog.ConnectionRevoked(logger, username, connection.ConnectionId);
                connection.Abort();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next call of that connection is still checked; a missed close only delays the cut.
            AccountsLog.RevocationCheckFailed(logger, username, e);
        }
    }
}
