namespace RemoteEvaluation.Server.Hubs;

/// <summary>The <c>Hubs</c> settings that protect the hubs: who may open a connection from a browser, and how much one connection may send.</summary>
public sealed class HubLimitsOptions
{
    /// <summary>
    /// Browser origins (<c>https://host[:port]</c>) allowed to open hub connections besides the server's own origin.
    /// Requests without an <c>Origin</c> header (the .NET client, node, other non-browser clients) are always allowed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The largest hub message a client may send, in bytes (SignalR closes the connection above it).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 32 * 1024;

    public HubRateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>The per-connection token bucket (限流) every hub invocation draws from.</summary>
public sealed class HubRateLimitOptions
{
    /// <summary>The bucket's size: how many invocations a connection may send at once after being quiet.</summary>
    public int Burst { get; set; } = 50;

    /// <summary>Tokens put back into the bucket every <see cref="ReplenishmentPeriod"/>.</summary>
    public int TokensPerPeriod { get; set; } = 20;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Refused invocations a connection may send within <see cref="FloodWindow"/> before the server closes it.</summary>
    public int RefusalsBeforeAbort { get; set; } = 50;

    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromSeconds(10);
}
