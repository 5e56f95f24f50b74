using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Actors;

/// <summary>The role a person acts in (角色). Supervisors and auditors only ever read.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActorRole>))]
public enum ActorRole
{
    /// <summary>Host-centre staff (主场工作人员 / 见证人): run the session.</summary>
    HostStaff = 1,

    /// <summary>Remote-centre staff (副场工作人员): verify and check in their local experts.</summary>
    SiteStaff = 2,

    /// <summary>Expert (评标专家): a committee member drawn from the pool.</summary>
    Expert = 3,

    /// <summary>Tenderer representative (招标人代表): an optional committee member.</summary>
    TendererRepresentative = 4,

    /// <summary>Administrative supervisor (行政监督): read-only.</summary>
    Supervisor = 5,

    /// <summary>Auditor (审计): read-only, after the fact.</summary>
    Auditor = 6,

    /// <summary>Province coordinator (省级协调员): sees every session, commands none of them.</summary>
    Coordinator = 7,

    /// <summary>Bidder (投标人): answers clarification requests addressed to it, nothing else.</summary>
    Bidder = 8,

    /// <summary>
    /// The service itself (系统), never a signed-in person's role: the draw seats the committee and its replacements
    /// (so no person learns who sits on it before check-in, 四不知), and its timers abandon a session whose suspension
    /// outlasted the limit.
    /// </summary>
    System = 9,
}
