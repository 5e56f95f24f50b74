using System.Text.Json.Serialization;

namespace RemoteEvaluation.Domain.Scoring;

/// <summary>The base price of the price formula (评标基准价).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PriceBase>))]
public enum PriceBase
{
    /// <summary>The mean of the valid bids' prices (有效投标报价算术平均值).</summary>
    AverageOfValidBids = 1,

    /// <summary>The lowest valid bid price (最低有效投标报价).</summary>
    LowestValidBid = 2,
}
