using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Committee;

/// <summary>Where a member stands (委员状态).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    /// <summary>Seated but not yet checked in (待签到).</summary>
    Seated = 1,

    /// <summary>Identity verified at their centre (已签到).</summary>
    CheckedIn = 2,

    /// <summary>Did not arrive (缺席); replaced.</summary>
    Absent = 3,

    /// <summary>Withdrew on a declared conflict (回避); replaced.</summary>
    Withdrawn = 4,
}
