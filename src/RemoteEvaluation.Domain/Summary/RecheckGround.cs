using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Summary;

/// <summary>The only four grounds on which a score may change in re-check (复核).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecheckGround>))]
public enum RecheckGround
{
    /// <summary>分值汇总计算错误.</summary>
    SummationError = 1,

    /// <summary>分项评分超出评分标准规定的评分范围.</summary>
    SubScoreOutOfRange = 2,

    /// <summary>客观评审因素评分不一致: applies to objective items only.</summary>
    ObjectiveItemMismatch = 3,

    /// <summary>经评标委员会认定评分畸高、畸低.</summary>
    AbnormalScore = 4,
}
