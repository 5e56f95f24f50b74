using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Committee;

/// <summary>Why a replacement draw (补抽) is needed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplacementReason>))]
public enum ReplacementReason
{
    /// <summary>缺席: did not check in.</summary>
    Absent = 1,

    /// <summary>回避: declared a conflict of interest.</summary>
    Conflict = 2,
}
