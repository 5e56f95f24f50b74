namespace RemoteEvaluation.Grains.Persistence;

/// <summary>Stable codes for the event store failing underneath a call (存储故障), rather than a rule refusing it; never renamed.</summary>
public static class StoreRejections
{
    /// <summary>
    /// The database stayed unreachable or busy through the grain's own retries (a restart, a failover). Retriable: send
    /// the same command again with the same command id; if the first attempt did commit, the repeat answers its outcome.
    /// </summary>
    public const string Unavailable = "store.unavailable";
}
