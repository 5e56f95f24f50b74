using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Domain.Actors;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>The <see cref="System.Security.Claims.ClaimTypes.Role"/> values, one per role, in snake case.</summary>
public static class RoleNames
{
    public const string HostStaff = "host_staff";
    public const string SiteStaff = "site_staff";
    public const string Coordinator = "coordinator";
    public const string Supervisor = "supervisor";
    public const string Auditor = "auditor";
    public const string Admin = "admin";
    public const string Expert = "expert";
    public const string TendererRepresentative = "tenderer_representative";
    public const string Bidder = "bidder";

    public static string Of(StaffRole role) => role switch
    {
        StaffRole.HostStaff => HostStaff,
        StaffRole.SiteStaff => SiteStaff,
        StaffRole.Coordinator => Coordinator,
        StaffRole.Supervisor => Supervisor,
        StaffRole.Auditor => Auditor,
        StaffRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown staff role."),
    };

    /// <summary>The snake-case name of the role a person acts in (<c>host_staff</c>, <c>expert</c>, <c>bidder</c>).</summary>
    public static string Of(ActorRole role) => role switch
    {
        ActorRole.HostStaff => HostStaff,
        ActorRole.SiteStaff => SiteStaff,
        ActorRole.Expert => Expert,
        ActorRole.TendererRepresentative => TendererRepresentative,
        ActorRole.Supervisor => Supervisor,
        ActorRole.Auditor => Auditor,
        ActorRole.Coordinator => Coordinator,
        ActorRole.Bidder => Bidder,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown actor role."),
    };

    public static StaffRole? StaffRoleOf(string? name) => name switch
    {
        HostStaff => StaffRole.HostStaff,
        SiteStaff => StaffRole.SiteStaff,
        Coordinator => StaffRole.Coordinator,
        Supervisor => StaffRole.Supervisor,
        Auditor => StaffRole.Auditor,
        Admin => StaffRole.Admin,
        _ => null,
    };

    public static ActorRole? ActorRoleOf(string? name) => name switch
    {
        Expert => ActorRole.Expert,
        TendererRepresentative => ActorRole.TendererRepresentative,
        _ => StaffRoleOf(name)?.ToActorRole(),
    };
}
