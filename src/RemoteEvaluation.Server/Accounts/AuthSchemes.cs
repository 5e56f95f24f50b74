using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// The authentication schemes: the framework's bearer tokens (the .NET client, integrators, experts), cookies (the
/// browser), and the default that picks bearer when a bearer token is presented and the cookie otherwise.
/// </summary>
public static class AuthSchemes
{
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string BearerOrCookie = "BearerOrCookie";

    /// <summary>WebSocket clients cannot set headers, so the hubs take the token from this query parameter.</summary>
    public const string HubTokenQuery = "access_token";

    /// <summary>Paths under which <see cref="HubTokenQuery"/> is accepted.</summary>
    public const string HubPathPrefix = "/hubs";

    internal static string Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || QueryToken(context.Request) is not null)
        {
            return Bearer;
        }

        return Cookie;
    }

    internal static string? QueryToken(HttpRequest request) =>
        request.Path.StartsWithSegments(HubPathPrefix, StringComparison.OrdinalIgnoreCase)
        && request.Query[HubTokenQuery].ToString() is { Length: > 0 } token
            ? token
            : null;
}
