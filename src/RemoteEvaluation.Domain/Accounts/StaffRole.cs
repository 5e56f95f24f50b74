using System.Text.Json.Serialization;
using RemoteEvaluation.Domain.Actors;

namespace RemoteEvaluation.Domain.Accounts;

/// <summary>The one role of a staff account (工作人员角色). Experts have no account: they get a session-bound token.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StaffRole>))]
public enum StaffRole
{
    /// <summary>Host-centre staff (主场工作人员): create and run sessions hosted at their centre.</summary>
    HostStaff = 1,

    /// <summary>Remote-centre staff (副场工作人员): verify and check in the experts seated at their centre.</summary>
    SiteStaff = 2,

    /// <summary>Province coordinator (省级协调员): links centres, sees every session.</summary>
    Coordinator = 3,

    /// <summary>Administrative supervisor (行政监督): watches live, read-only.</summary>
    Supervisor = 4,

    /// <summary>Auditor (审计): replays and verifies, read-only.</summary>
    Auditor = 5,

    /// <summary>Account administrator (系统管理员): manages accounts, takes no part in sessions.</summary>
    Admin = 6,
}

/// <summary>What each staff role implies.</summary>
public static class StaffRoles
{
    /// <summary>Host and site staff work at one centre (交易中心), so their account names it.</summary>
    public static bool NeedsSite(this StaffRole role) => role is StaffRole.HostStaff or StaffRole.SiteStaff;

    /// <summary>The role the account acts in within sessions; null for an administrator, who acts in none.</summary>
    public static ActorRole? ToActorRole(this StaffRole role) => role switch
    {
        StaffRole.HostStaff => ActorRole.HostStaff,
        StaffRole.SiteStaff => ActorRole.SiteStaff,
        StaffRole.Coordinator => ActorRole.Coordinator,
        StaffRole.Supervisor => ActorRole.Supervisor,
        StaffRole.Auditor => ActorRole.Auditor,
        _ => null,
    };
}
