namespace RemoteEvaluation.Grains.Reminders;

/// <summary>
/// Wake-ups when a stream reaches a new version on any node (stream id, version), never the events themselves.
/// The storage layer provides them from its change feed; they may be lost or repeated, so listeners re-read the log.
/// </summary>
public interface IStreamNotifications
{
    /// <summary>Calls <paramref name="onAppended"/> for every append this node hears of. Dispose the result to stop.</summary>
    IDisposable Subscribe(Func<string, long, ValueTask> onAppended);
}
