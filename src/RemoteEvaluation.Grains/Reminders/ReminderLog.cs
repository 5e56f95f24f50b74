using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Grains.Reminders;

/// <summary>Source-generated log messages of the process manager; event ids 2150–2199 (grains range).</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(2151, LogLevel.Information, "Process manager rebuilt from the log: {Streams} streams, {Due} reminders due")]
    public static partial void Rebuilt(ILogger logger, int streams, int due);

    [LoggerMessage(2152, LogLevel.Debug, "Reminder {Reminder} of {StreamId} fired: {Outcome}")]
    public static partial void Fired(ILogger logger, string reminder, string streamId, string outcome);

    [LoggerMessage(2153, LogLevel.Warning, "Reminder {Reminder} of {StreamId} failed; retrying in {Delay}")]
    public static partial void Failed(ILogger logger, string reminder, string streamId, TimeSpan delay, Exception exception);

    [LoggerMessage(2154, LogLevel.Warning, "Reminder {Reminder} of {StreamId} was refused by the rules ({Code}: {Message}); not retried")]
    public static partial void Refused(ILogger logger, string reminder, string streamId, string code, string message);

    [LoggerMessage(2155, LogLevel.Warning, "Process manager could not read the log; trying again at the next sweep")]
    public static partial void CatchUpFailed(ILogger logger, Exception exception);
}
