using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Committee;

/// <summary>What a committee member is (委员类别).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberKind>))]
public enum MemberKind
{
    /// <summary>评标专家, drawn from a pool.</summary>
    Expert = 1,

    /// <summary>招标人代表, at most a third of the committee; may not chair.</summary>
    TendererRepresentative = 2,
}
