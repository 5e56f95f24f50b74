namespace RemoteEvaluation.Server.Hubs;

/// <summary>
/// Which browser origins may open hub connections (来源白名单): the server's own origin, the configured ones, and any
/// request without an <c>Origin</c> header — only browsers send one, and non-browser clients cannot be held to it.
/// </summary>
/// <remarks>
/// Browsers let any page open a WebSocket to any host with the user's cookies, and CORS does not apply to WebSockets;
/// the Origin header is the only sign of the page that asked. <c>WebSocketOptions.AllowedOrigins</c> covers only the
/// upgrade (not negotiate), has no same-origin rule and refuses without saying why, hence this check.
/// </remarks>
public sealed class HubOrigins
{
    private readonly HashSet<string> allowed;

    public HubOrigins(IEnumerable<string> allowedOrigins)
    {
        allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var origin in allowedOrigins)
        {
            allowed.Add(Normalize(origin) ?? throw new InvalidOperationException(
                $"Hubs:AllowedOrigins holds '{origin}', which is not an origin: write scheme://host[:port], for example https://centre.example."));
        }
    }

    /// <summary>Whether a request with this Origin header (null when absent) may reach a hub served at <paramref name="scheme"/>://<paramref name="host"/>.</summary>
    public bool Allows(string? origin, string scheme, HostString host)
    {
        if (origin is null)
        {
            return true;
        }

        var normalized = Normalize(origin);
        return normalized is not null
            && (allowed.Contains(normalized) || normalized == Normalize($"{scheme}://{host.ToUriComponent()}"));
    }

    /// <summary>Whether <paramref name="origin"/> is written as an http(s) origin, <c>scheme://host[:port]</c>.</summary>
    public static bool IsOrigin(string origin) => Normalize(origin) is not null;

    /// <summary><c>scheme://host:port</c> in lower case with the port always written, or null for anything that is not an http(s) origin (including <c>null</c>).</summary>
    private static string? Normalize(string origin) =>
        Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant()
            : null;
}
