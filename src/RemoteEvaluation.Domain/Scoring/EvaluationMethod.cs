using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>The evaluation method (评标办法).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvaluationMethod>))]
public enum EvaluationMethod
{
    /// <summary>综合评估法: technical, commercial and price parts are scored; the highest total wins.</summary>
    Comprehensive = 1,

    /// <summary>经评审的最低投标价法: bids that pass review are ranked by evaluated price (bid price plus the committee's adjustments).</summary>
    EvaluatedLowestPrice = 2,
}
