namespace RemoteEvaluation.Server.Hubs;

/// <summary>Stable codes of what the hub protections refuse (拒绝代码); never renamed.</summary>
public static class HubLimitRejections
{
    /// <summary>An invocation over the connection's rate limit; retriable after a pause (the hub error says so).</summary>
    public const string RateLimited = "hub.rate_limited";

    /// <summary>A browser request to <c>/hubs</c> from an origin that is neither the server's own nor in <c>Hubs:AllowedOrigins</c> (HTTP 403).</summary>
    public const string OriginNotAllowed = "hub.origin_not_allowed";
}
