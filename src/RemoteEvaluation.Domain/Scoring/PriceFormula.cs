namespace RemoteEvaluation.Domain.Scoring;

/// <summary>
/// The price formula (价格分计算公式): score = maximum − |bid − base| / base × 100 × <paramref name="PenaltyPerPercent"/>,
/// floored at 0, where the base is the mean or the lowest of the valid bids.
/// </summary>
public sealed record PriceFormula(PriceBase Base, decimal PenaltyPerPercent)
{
    public decimal BasePrice(IReadOnlyCollection<decimal> validPrices) =>
        Base == PriceBase.LowestValidBid ? validPrices.Min() : validPrices.Sum() / validPrices.Count;

    public decimal Score(decimal maximum, decimal bidPrice, IReadOnlyCollection<decimal> validPrices, int decimals)
    {
        var basePrice = BasePrice(validPrices);
        var deviationPercent = Math.Abs(bidPrice - basePrice) / basePrice * 100m;
        var score = Math.Max(0m, maximum - (deviationPercent * PenaltyPerPercent));
        return Math.Round(score, decimals, MidpointRounding.AwayFromZero);
    }
}
