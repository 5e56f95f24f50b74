using RemoteEvaluation.Grains.Persistence;

namespace RemoteEvaluation.Storage.Feed;

/// <summary>
/// This node's view of what is being appended anywhere (变更通知). Notifications are wake-ups; followers read the
/// events themselves from the log, so a missed notification costs latency, never data. Appends made on this node come
/// with their events, which a follower takes instead of reading when they follow on from what it delivered.
/// </summary>
public interface IChangeFeed
{
    /// <summary>
    /// Delivers every event of <paramref name="streamId"/> after <paramref name="afterVersion"/>, in version
    /// order and once each, as events are appended through any node. Dispose the result to stop.
    /// </summary>
    IDisposable Follow(string streamId, long afterVersion, Func<StoredEvent, CancellationToken, ValueTask> onEvent);

    /// <summary>Every append notification this node receives (stream and new version), for read models and dashboards.</summary>
    IDisposable Subscribe(Func<StreamAppended, ValueTask> onAppended);

    /// <summary>False while the feed cannot hear other nodes (its database listener is reconnecting).</summary>
    bool IsListening { get; }
}
