using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Storage;

/// <summary>Source-generated log messages of the storage layer; event ids 1000–1999.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(1001, LogLevel.Information, "Applied schema script {Vendor}-{Feature} version {Version}")]
    public static partial void SchemaApplied(ILogger logger, string vendor, string feature, int version);

    [LoggerMessage(1010, LogLevel.Error, "The event writer failed a batch of {Count} appends")]
    public static partial void WriterBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(1020, LogLevel.Warning, "Reading stream {StreamId} for the change feed failed; retrying")]
    public static partial void FeedReadFailed(ILogger logger, string streamId, Exception exception);

    [LoggerMessage(1021, LogLevel.Error, "A change feed handler for stream {StreamId} threw at version {Version}")]
    public static partial void FeedHandlerFailed(ILogger logger, string streamId, long version, Exception exception);

    [LoggerMessage(1022, LogLevel.Error, "A change feed subscriber threw for stream {StreamId}")]
    public static partial void FeedSubscriberFailed(ILogger logger, string streamId, Exception exception);

    [LoggerMessage(1023, LogLevel.Warning, "Reading stream {StreamId} once for this node's followers failed; each reads for itself")]
    public static partial void FeedFetchFailed(ILogger logger, string streamId, Exception exception);

    [LoggerMessage(1030, LogLevel.Information, "Listening for event notifications on channel {Channel}")]
    public static partial void ListenerConnected(ILogger logger, string channel);

    [LoggerMessage(1031, LogLevel.Warning, "The notification listener lost its connection; reconnecting in {Delay}")]
    public static partial void ListenerDisconnected(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(1032, LogLevel.Warning, "Ignored a malformed notification payload '{Payload}'")]
    public static partial void ListenerBadPayload(ILogger logger, string payload);

    [LoggerMessage(1033, LogLevel.Error, "The notification listener failed unexpectedly; reconnecting in {Delay}")]
    public static partial void ListenerFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(1034, LogLevel.Information, "The notification listener stopped")]
    public static partial void ListenerStopped(ILogger logger);

    [LoggerMessage(1035, LogLevel.Debug, "No notification for {Idle}; probed the listener connection")]
    public static partial void ListenerProbed(ILogger logger, TimeSpan idle);

    [LoggerMessage(1040, LogLevel.Warning, "An append to {StreamId} at expected version {ExpectedVersion} was stopped by the unique (stream_id, version) key; reported as a version conflict")]
    public static partial void AppendHitUniqueKey(ILogger logger, string streamId, long expectedVersion);

    [LoggerMessage(1041, LogLevel.Error, "An observer of appends threw for stream {StreamId}")]
    public static partial void AppendObserverFailed(ILogger logger, string streamId, Exception exception);

    [LoggerMessage(1042, LogLevel.Warning, "A SQLite checkpoint failed; the write-ahead log grows until the next one succeeds")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);
}
