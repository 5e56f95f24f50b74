using Microsoft.AspNetCore.Authorization;
using RemoteEvaluation.Domain.Accounts;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>The principal is host or site staff of one centre (本中心工作人员).</summary>
public sealed record SiteStaffRequirement(string SiteId) : IAuthorizationRequirement;

/// <summary>Checks <see cref="SiteStaffRequirement"/> from the role and site claims.</summary>
internal sealed class SiteStaffHandler : AuthorizationHandler<SiteStaffRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SiteStaffRequirement requirement)
    {
        var user = context.User;
        var role = RoleNames.StaffRoleOf(user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value);
        if (user.IsStaff() && role is { } r && r.NeedsSite() && user.SiteOf() == requirement.SiteId)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
