namespace RemoteEvaluation.Grains.Reminders;

/// <summary>
/// Wake-ups when a stream reaches a new version on any node (stream id, version, and the events as stored when the
/// append was made on this node). The storage layer provides them from its change feed; they may be lost or repeated,
/// so listeners re-read the log whenever the events are missing or do not follow on from what they folded.
/// </summary>
public interface IStreamNotifications
{
    /// <summary>Calls <paramref name="onAppended"/> for every append this node hears of. Dispose the result to stop.</summary>
    IDisposable Subscribe(Func<string, long, IReadOnlyList<RemoteEvaluation.Grains.Persistence.StoredEvent>?, ValueTask> onAppended);
}
