namespace RemoteEvaluation.Domain.Fees;

/// <summary>Stable rejection codes of fee settlement.</summary>
public static class FeeRejections
{
    public const string PoolRatesMissing = "fees.pool_rates_missing";
    public const string AlreadySettled = "fees.already_settled";
}
