using System.Collections.Immutable;

namespace RemoteEvaluation.Domain.Fees;

/// <summary>The fee tables of the pools whose experts may sit in a session (劳务报酬规则表).</summary>
public sealed record FeeSchedule(string HostPoolId, ImmutableList<PoolFeeRates> Pools)
{
    public static readonly FeeSchedule Empty = new(string.Empty, []);

    public PoolFeeRates? RatesOf(string poolId) => Pools.FirstOrDefault(p => p.PoolId == poolId);
}
