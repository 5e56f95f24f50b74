namespace RemoteEvaluation.Grains.Runtime;

/// <summary>Settings of the activation runtime, bound from the <c>Grains</c> configuration section.</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>An activation not called for this long leaves memory; its state comes back from the log.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times a command is decided again after losing an append to another writer.</summary>
    public int MaxConflictRetries { get; set; } = 8;

    /// <summary>How many times a transient database fault is retried before the caller sees it.</summary>
    public int MaxTransientRetries { get; set; } = 4;

    /// <summary>
    /// How often the process manager lists the stream heads to catch up on appends whose notification it missed
    /// (the change feed is a wake-up, not a guarantee). Cheap: one query per watched stream kind.
    /// </summary>
    public TimeSpan ReminderSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a reminder that failed (database fault, outage) waits before it fires again.</summary>
    public TimeSpan ReminderRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
