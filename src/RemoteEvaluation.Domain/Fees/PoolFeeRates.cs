using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Fees;

/// <summary>
/// The fee table of one expert pool (专家库劳务报酬标准): bands by duration, ordered by
/// <see cref="FeeBand.UpToHours"/>, and a rate per started hour beyond the last band.
/// </summary>
public sealed record PoolFeeRates(string PoolId, ImmutableList<FeeBand> Bands, decimal PerExtraHour)
{
    /// <summary>The fee for a stay of <paramref name="duration"/>.</summary>
    public decimal FeeFor(TimeSpan duration)
    {
        var hours = (decimal)duration.TotalHours;
        foreach (var band in Bands.OrderBy(b => b.UpToHours))
        {
            if (hours <= band.UpToHours)
            {
                return band.Amount;
            }
        }

        var last = Bands.MaxBy(b => b.UpToHours);
        if (last is null)
        {
            return 0m;
        }

        return last.Amount + (decimal.Ceiling(hours - last.UpToHours) * PerExtraHour);
    }
}
