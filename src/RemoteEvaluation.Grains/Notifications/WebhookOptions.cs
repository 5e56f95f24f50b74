namespace RemoteEvaluation.Grains.Notifications;

/// <summary>Settings of the HTTP webhook gateway (section <c>Notifications:Webhook</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Where invitations are POSTed as JSON.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Retries after the first attempt of one notice.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed attempts within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>How many attempts the circuit must see before it may open.</summary>
    public int MinimumThroughput { get; set; } = 4;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial attempt.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
