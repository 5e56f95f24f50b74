using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Grains.Notifications;

/// <summary>Source-generated log messages of the notification gateways; event ids 2100–2149 (grains range).</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(2101, LogLevel.Information, "Invitation for draw {DrawId}: expert {ExpertId} sits at {SiteId} from {SessionFrom:u}, answer by {Deadline:u} with token {Token}")]
    public static partial void Invitation(ILogger logger, string drawId, string expertId, string siteId, DateTimeOffset sessionFrom, DateTimeOffset deadline, string token);

    [LoggerMessage(2110, LogLevel.Warning, "Webhook notification for draw {DrawId}, expert {ExpertId} failed: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, string drawId, string expertId, string reason);

    [LoggerMessage(2111, LogLevel.Warning, "Webhook notification attempt {Attempt} failed; retrying")]
    public static partial void WebhookRetry(ILogger logger, int attempt, Exception? exception);

    [LoggerMessage(2112, LogLevel.Error, "Webhook notification circuit opened for {BreakSeconds} s")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds);
}
