namespace RemoteEvaluation.Storage.Limits;

/// <summary>
/// The bounds every append is checked against before anything is written.
/// Bound from configuration section <c>Storage:Limits</c>.
/// </summary>
public sealed record EventStoreLimits
{
    /// <summary>The largest stream id, in characters.</summary>
    public int MaxStreamIdLength { get; init; } = 160;

    /// <summary>The largest event body, in bytes (default 64 KiB).</summary>
    public int MaxEventBytes { get; init; } = 64 * 1024;

    /// <summary>The largest event metadata, in bytes.</summary>
    public int MaxMetadataBytes { get; init; } = 8 * 1024;

    /// <summary>The most events one append may carry.</summary>
    public int MaxEventsPerAppend { get; init; } = 100;

    /// <summary>The longest event type name.</summary>
    public int MaxTypeLength { get; init; } = 100;

    /// <summary>The longest command id.</summary>
    public int MaxCommandIdLength { get; init; } = 100;
}
