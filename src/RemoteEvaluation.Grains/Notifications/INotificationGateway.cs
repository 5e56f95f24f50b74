namespace RemoteEvaluation.Grains.Notifications;

/// <summary>
/// An invitation to a drawn expert (抽取通知). It carries no project details (四不知: the expert learns the project
/// at check-in): only when and where to sit, the answer deadline, and the token to confirm or decline with.
/// </summary>
public sealed record InvitationNotice(string DrawId, string ExpertId, string SiteId, DateTimeOffset SessionFrom, DateTimeOffset Deadline, string Token);

/// <summary>Whether a notice was delivered; when not, why (recorded in the draw).</summary>
public sealed record NotificationOutcome(bool Delivered, string? Failure)
{
    public static NotificationOutcome Ok { get; } = new(true, null);

    public static NotificationOutcome Failed(string reason) => new(false, reason);
}

/// <summary>
/// Sends invitations to experts (通知网关): an automatic call, a text message, an app push. A failure is an
/// answer, not an exception: the draw records it and moves on to the next candidate.
/// </summary>
public interface INotificationGateway
{
    Task<NotificationOutcome> NotifyAsync(InvitationNotice notice, CancellationToken cancellationToken = default);
}
