using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>How an item is scored (评分因素类型).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemKind>))]
public enum ItemKind
{
    /// <summary>主观分: each member scores it within the range, on the step.</summary>
    Subjective = 1,

    /// <summary>客观分, price score (价格分): the template's price formula, the same for every member.</summary>
    PriceFormula = 2,

    /// <summary>客观分, credit score (信用分): the bidder's credit input, the same for every member.</summary>
    CreditScore = 3,
}
