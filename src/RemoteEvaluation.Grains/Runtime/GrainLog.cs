using Microsoft.Extensions.Logging;

namespace RemoteEvaluation.Grains.Runtime;

/// <summary>Source-generated log messages of the grain runtime; event ids 2000–2999.</summary>
internal static partial class GrainLog
{
    [LoggerMessage(2001, LogLevel.Debug, "Activated grain {GrainId}")]
    public static partial void Activated(ILogger logger, string grainId);

    [LoggerMessage(2002, LogLevel.Debug, "Deactivated grain {GrainId}")]
    public static partial void Deactivated(ILogger logger, string grainId);

    [LoggerMessage(2003, LogLevel.Warning, "Deactivating grain {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, string grainId, Exception exception);

    [LoggerMessage(2010, LogLevel.Debug, "Grain {GrainId} lost an append at version {Version}; deciding again")]
    public static partial void ConflictRetry(ILogger logger, string grainId, long version);

    [LoggerMessage(2011, LogLevel.Warning, "Grain {GrainId} met a transient database fault; retrying")]
    public static partial void TransientRetry(ILogger logger, string grainId, Exception? exception);
}
