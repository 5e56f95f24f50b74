using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>
/// Issues expert tokens (专家令牌): the framework's bearer tokens, protected with the same keys as staff tokens, but
/// bound to one (session, expert, site) and expiring at <c>expiresAt</c>. The access rules additionally refuse an
/// expert token for any other session, and for its own once the session has closed.
/// </summary>
public sealed class ExpertAccess(IOptionsMonitor<BearerTokenOptions> bearer)
{
    /// <summary>A bearer token for <paramref name="expertId"/> seated at <paramref name="siteId"/> in <paramref name="sessionId"/>.</summary>
    public ExpertToken Issue(string sessionId, string expertId, string siteId, DateTimeOffset expiresAt, ActorRole role = ActorRole.Expert)
    {
        var roleName = role == ActorRole.TendererRepresentative ? RoleNames.TendererRepresentative : RoleNames.Expert;
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, expertId),
            new(ClaimTypes.Role, roleName),
            new(ReClaims.Kind, ReClaims.ExpertKind),
            new(ReClaims.Session, sessionId),
            new(ReClaims.Expert, expertId),
            new(ReClaims.Site, siteId),
            new(ReClaims.ExpiresAt, expiresAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "re-expert", ClaimTypes.Name, ClaimTypes.Role));
        var properties = new AuthenticationProperties { ExpiresUtc = expiresAt };
        var options = bearer.Get(AuthSchemes.Bearer);

        // The bearer handler accepts any ticket its protector can read whose ExpiresUtc lies ahead.
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, $"{AuthSchemes.Bearer}:AccessToken"));
        return new ExpertToken(token, expiresAt, sessionId, expertId, siteId, roleName);
    }
}

/// <summary>An expert's bearer token and what it is bound to.</summary>
public sealed record ExpertToken(string AccessToken, DateTimeOffset ExpiresAt, string SessionId, string ExpertId, string SiteId, string Role)
{
    public string TokenType => "Bearer";
}
