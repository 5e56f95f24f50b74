namespace RemoteEvaluation.Server.Hubs;

/// <summary>Source-generated log messages of the hub protections (event ids 3510–3529). Never the query string: it carries tokens.</summary>
internal static partial class HubHardeningLog
{
    [LoggerMessage(3510, LogLevel.Warning, "Hub request {Method} {Path} refused with 403: origin {Origin} is neither this server's ({Scheme}://{Host}) nor in Hubs:AllowedOrigins")]
    public static partial void OriginRefused(ILogger logger, string method, string path, string origin, string scheme, string host);

    [LoggerMessage(3511, LogLevel.Information, "Hub invocation {Method} refused on connection {ConnectionId} of {User}: over the rate limit")]
    public static partial void RateLimited(ILogger logger, string method, string connectionId, string user);

    [LoggerMessage(3512, LogLevel.Warning, "Hub connection {ConnectionId} of {User} closed: it kept invoking over the rate limit ({Refusals} refusals within {Window})")]
    public static partial void FloodAborted(ILogger logger, string connectionId, string user, int refusals, TimeSpan window);
}
