using Microsoft.AspNetCore.Authorization;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>
/// The named authorization policies (授权策略), all defined here and nowhere else. Every staff policy also requires
/// the account to be enabled right now (<see cref="ActiveAccountRequirement"/>), so disabling an account stops its
/// tokens and cookies at once.
/// </summary>
public static class Policies
{
    /// <summary>Any enabled staff account.</summary>
    public const string Staff = "re.staff";

    /// <summary>Account administrators (系统管理员).</summary>
    public const string Admin = "re.admin";

    /// <summary>Who may list accounts: administrators and province coordinators.</summary>
    public const string AccountReaders = "re.account_readers";

    /// <summary>Host-centre staff (主场工作人员).</summary>
    public const string HostStaff = "re.host_staff";

    /// <summary>Staff of a centre: host or site staff, who verify identities and check experts in.</summary>
    public const string CentreStaff = "re.centre_staff";

    /// <summary>Province coordinators (省级协调员).</summary>
    public const string Coordinator = "re.coordinator";

    /// <summary>Who may read the expert pool and every draw in full: coordinators, supervisors and auditors (专家库查阅).</summary>
    public const string PoolReaders = "re.pool_readers";

    /// <summary>Who may request a draw: host staff (for their own centre) and coordinators.</summary>
    public const string DrawRequesters = "re.draw_requesters";

    /// <summary>The supervisor (行政监督) present at a draw, who enters the value it is seeded with.</summary>
    public const string Supervisor = "re.supervisor";

    /// <summary>Supervisors (行政监督) and auditors (审计): read, never command.</summary>
    public const string ReadOnlyObserver = "re.read_only_observer";

    /// <summary>Who may search, replay and check every session (审计查阅): auditors, supervisors and coordinators.</summary>
    public const string AuditReaders = "re.audit_readers";

    /// <summary>An expert holding a session-bound token (评标专家).</summary>
    public const string Expert = "re.expert";

    /// <summary>Host or site staff of <paramref name="siteId"/>, for <c>IAuthorizationService.AuthorizeAsync(user, policy)</c>.</summary>
    public static AuthorizationPolicy SiteStaffOf(string siteId) =>
        new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new ActiveAccountRequirement(), new SiteStaffRequirement(siteId))
            .Build();

    internal static void Define(AuthorizationOptions options)
    {
        // RequireAuthorization() without a policy name: any principal we issued, staff accounts still enabled.
        options.DefaultPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ActiveAccountRequirement()).Build();
        options.AddPolicy(Staff, p => StaffWith(p));
        options.AddPolicy(Admin, p => StaffWith(p, RoleNames.Admin));
        options.AddPolicy(AccountReaders, p => StaffWith(p, RoleNames.Admin, RoleNames.Coordinator));
        options.AddPolicy(HostStaff, p => StaffWith(p, RoleNames.HostStaff));
        options.AddPolicy(CentreStaff, p => StaffWith(p, RoleNames.HostStaff, RoleNames.SiteStaff));
        options.AddPolicy(Coordinator, p => StaffWith(p, RoleNames.Coordinator));
        options.AddPolicy(PoolReaders, p => StaffWith(p, RoleNames.Coordinator, RoleNames.Supervisor, RoleNames.Auditor));
        options.AddPolicy(DrawRequesters, p => StaffWith(p, RoleNames.HostStaff, RoleNames.Coordinator));
        options.AddPolicy(Supervisor, p => StaffWith(p, RoleNames.Supervisor));
        options.AddPolicy(AuditReaders, p => StaffWith(p, RoleNames.Auditor, RoleNames.Supervisor, RoleNames.Coordinator));
        options.AddPolicy(ReadOnlyObserver, p => StaffWith(p, RoleNames.Supervisor, RoleNames.Auditor));
        options.AddPolicy(Expert, p => p.RequireAuthenticatedUser().RequireClaim(ReClaims.Kind, ReClaims.ExpertKind).RequireClaim(ReClaims.Session));
    }

    private static void StaffWith(AuthorizationPolicyBuilder policy, params string[] roles)
    {
        policy.RequireAuthenticatedUser().RequireClaim(ReClaims.Kind, ReClaims.StaffKind).AddRequirements(new ActiveAccountRequirement());
        if (roles.Length > 0)
        {
            policy.RequireRole(roles);
        }
    }
}
