using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Grains.Notifications;

/// <summary>
/// The default gateway for development and the embedded demo: writes each invitation, token included, to the
/// log so an operator can confirm by hand. Production configures the webhook gateway instead.
/// </summary>
public sealed class LogNotificationGateway(ILogger<LogNotificationGateway> logger) : INotificationGateway
{
    public Task<NotificationOutcome> NotifyAsync(InvitationNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        NotificationLog.Invitation(logger, notice.DrawId, notice.ExpertId, notice.SiteId, notice.SessionFrom, notice.Deadline, notice.Token);
        return Task.FromResult(NotificationOutcome.Ok);
    }
}
