namespace RemoteEvaluation.Client;

/// <summary>How <see cref="CommandRetry"/> sends a command again: how often, and how long it waits between tries.</summary>
public sealed class CommandRetryOptions
{
    /// <summary>Tries after the first one (default 8).</summary>
    public int MaxRetries { get; init; } = 8;

    /// <summary>The first wait; each next one doubles, with jitter (default 200 ms).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two tries (default 5 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called before each retry with the failure that caused it (for logs and counters).</summary>
    public Action<Exception>? OnRetry { get; init; }
}
