namespace RemoteEvaluation.Domain.Fees;

/// <summary>Stable rejection codes of fee settlement (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class FeeRejections
{
    public const string PoolRatesMissing = "fees.pool_rates_missing";
    public const string AlreadySettled = "fees.already_settled";
}
