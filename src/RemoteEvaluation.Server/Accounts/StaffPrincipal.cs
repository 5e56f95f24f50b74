using System.Security.Claims;
using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>Builds the principal of a signed-in staff account (工作人员身份) with the claims of <see cref="ReClaims"/>.</summary>
internal static class StaffPrincipal
{
    public static ClaimsPrincipal For(AccountState account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Username!),
            new(ClaimTypes.Role, RoleNames.Of(account.Role)),
            new(ReClaims.Kind, ReClaims.StaffKind),
            new(ReClaims.DisplayName, account.DisplayName ?? account.Username!),
        };
        if (account.SiteId is { } site)
        {
            claims.Add(new Claim(ReClaims.Site, site));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "re-staff", ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Who asks, for an account command.</summary>
    public static AccountRequester Requester(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("A signed-in principal has a name."), RoleNames.StaffRoleOf(user.FindFirstValue(ClaimTypes.Role)) ?? throw new InvalidOperationException("A staff principal has a staff role."));
}
