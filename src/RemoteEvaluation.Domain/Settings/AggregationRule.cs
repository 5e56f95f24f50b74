using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Settings;

/// <summary>How the members' scores on an item become the committee's score (汇总方式).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AggregationRule>))]
public enum AggregationRule
{
    /// <summary>算术平均: the plain mean of every member's score.</summary>
    Mean = 1,

    /// <summary>去掉一个最高分和一个最低分: drop one highest and one lowest score per item (with at least 3 scores), then the mean.</summary>
    DropHighestAndLowest = 2,

    /// <summary>
    /// With at least <see cref="EvaluationSettings.WidestSpreadMinimumMembers"/> members, first leave out the one
    /// expert whose bid totals spread widest (largest highest-minus-lowest total; nobody when several share the widest),
    /// then drop the highest and lowest per item.
    /// </summary>
    DropWidestSpreadThenHighestAndLowest = 3,
}
