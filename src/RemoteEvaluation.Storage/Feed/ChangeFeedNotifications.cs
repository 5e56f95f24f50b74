using RemoteEvaluation.Grains.Reminders;

namespace RemoteEvaluation.Storage.Feed;

/// <summary>The change feed's append notifications, as the grains' process manager hears them.</summary>
public sealed class ChangeFeedNotifications(IChangeFeed feed) : IStreamNotifications
{
    public IDisposable Subscribe(Func<string, long, IReadOnlyList<RemoteEvaluation.Grains.Persistence.StoredEvent>?, ValueTask> onAppended)
    {
        ArgumentNullException.ThrowIfNull(onAppended);
        return feed.Subscribe(appended => onAppended(appended.StreamId, appended.Version, appended.Events));
    }
}
