using Microsoft.Extensions.Logging;
using RemoteEvaluation.Storage.Feed;

namespace RemoteEvaluation.Storage.Writing;

/// <summary>How a writer tells this node's feed of a committed append, shared by every vendor.</summary>
internal static class AppendObservers
{
    public static void Notify(Action<StreamAppended>? observers, StreamAppended appended, ILogger logger)
    {
        try
        {
            observers?.Invoke(appended);
        }
        catch (Exception ex)
        {
            // The append is committed and answered; a faulty observer must not stop the writer loop.
            StorageLog.AppendObserverFailed(logger, appended.StreamId, ex);
        }
    }
}
