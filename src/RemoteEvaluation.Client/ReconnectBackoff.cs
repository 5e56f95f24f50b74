namespace RemoteEvaluation.Client;

/// <summary>
/// Exponential backoff with jitter between reconnect attempts: attempt <c>n</c> (1 for the first)
/// waits <c>min(MaxDelay, InitialDelay × Multiplier^(n-1))</c>, scaled by a random factor in
/// <c>[1 - Jitter, 1]</c> so that many clients cut off together do not come back together.
/// </summary>
public sealed record ReconnectBackoff
{
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public double Multiplier { get; init; } = 2.0;

    /// <summary>The share of each delay that is random, from 0 (none) to 1 (anything down to zero).</summary>
    public double Jitter { get; init; } = 0.5;

    /// <summary>The delay before attempt <paramref name="attempt"/> (1 for the first).</summary>
    public TimeSpan DelayBefore(int attempt, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);
        ArgumentNullException.ThrowIfNull(random);
        Validate();
        var exponential = InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, Math.Min(attempt - 1, 64));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        var factor = 1.0 - (Jitter * random.NextDouble());
        return TimeSpan.FromMilliseconds(capped * factor);
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, InitialDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(Multiplier, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(Jitter, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Jitter, 1.0);
    }
}
