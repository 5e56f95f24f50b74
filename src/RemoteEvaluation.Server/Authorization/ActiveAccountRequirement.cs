using RemoteEvaluation.Domain.Accounts;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using RemoteEvaluation.Grains.Accounts;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>
/// A staff principal's account still exists (expert principals, which have none, pass), is enabled and has the role the token claims. Tokens and cookies are
/// self-contained, so without this a disabled account would keep working until its token expired.
/// </summary>
public sealed record ActiveAccountRequirement : IAuthorizationRequirement;

/// <summary>Reads the account through its grain (one read of the log tail) for each check.</summary>
internal sealed class ActiveAccountHandler(IGrainFactory grains) : AuthorizationHandler<ActiveAccountRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveAccountRequirement requirement)
    {
        var user = context.User;
        if (user.IsExpert())
        {
            // Expert tokens have no account; they are bound to a session and checked by the access rules.
            context.Succeed(requirement);
            return;
        }

        if (!user.IsStaff() || user.Identity?.Name is not { } username)
        {
            return;
        }

        var account = (await grains.GetGrain<IAccountGrain>(username).GetSnapshotAsync()).State;
        if (AccountStanding.Allows(account, user))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Whether a staff account, as recorded now, still backs what a token issued for it claims.</summary>
internal static class AccountStanding
{
    public static bool Allows(AccountState account, ClaimsPrincipal user) =>
        account.IsActive
        && RoleNames.Of(account.Role) == user.FindFirstValue(ClaimTypes.Role)
        && account.SiteId == user.SiteOf();
}
