using RemoteEvaluation.Domain.Fees;

namespace RemoteEvaluation.Domain.Settings;

/// <summary>
/// The rules that vary by province (评标参数), fixed when the session is scheduled and recorded in
/// <c>session.scheduled</c> so that a replay decides exactly as the session did. Defaults follow DOMAIN.md.
/// </summary>
public sealed record EvaluationSettings
{
    public static readonly EvaluationSettings Default = new();

    /// <summary>Smallest committee (评标委员会最少人数).</summary>
    public int MinimumCommitteeSize { get; init; } = 5;

    /// <summary>Estimated contract value (yuan) from which a procurement counts as large (大型采购).</summary>
    public decimal LargeProcurementThreshold { get; init; } = 10_000_000m;

    /// <summary>Smallest committee for a large procurement.</summary>
    public int LargeProcurementCommitteeSize { get; init; } = 7;

    /// <summary>How long a link fault before the start may delay it (开评前故障最长延迟).</summary>
    public TimeSpan MaxDelayBeforeStart { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How long a fault during the session may last before the session is abandoned (评标中故障最长中断).</summary>
    public TimeSpan MaxInterruptionDuringSession { get; init; } = TimeSpan.FromHours(4);

    public ReviewOutcomeRule ReviewOutcome { get; init; } = ReviewOutcomeRule.Majority;

    /// <summary>A subjective score below this fraction of the item's maximum needs a written reason (低分说明).</summary>
    public decimal LowScoreReasonFraction { get; init; } = 0.60m;

    /// <summary>A score further than this fraction from the item mean is flagged (偏离预警).</summary>
    public decimal DeviationFraction { get; init; } = 0.30m;

    public AggregationRule Aggregation { get; init; } = AggregationRule.Mean;

    /// <summary>Members from which <see cref="AggregationRule.DropWidestSpreadThenHighestAndLowest"/> leaves an expert out.</summary>
    public int WidestSpreadMinimumMembers { get; init; } = 9;

    /// <summary>Decimals of every computed score (rounded half away from zero, 四舍五入).</summary>
    public int RoundingDecimals { get; init; } = 2;

    /// <summary>Recommended candidates at most (中标候选人).</summary>
    public int MaxCandidates { get; init; } = 3;

    /// <summary>评定分离: candidates are recommended without a rank.</summary>
    public bool SeparateEvaluationAndAward { get; init; }

    /// <summary>暗标 / 错位评审: technical bids are scored under per-expert codes in per-expert orders.</summary>
    public bool BlindTechnicalReview { get; init; }

    public FeeSchedule Fees { get; init; } = FeeSchedule.Empty;

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public string? Problem() =>
        MinimumCommitteeSize < 5 ? "The committee minimum cannot be below 5 members." :
        LargeProcurementCommitteeSize < MinimumCommitteeSize ? "The large-procurement committee minimum cannot be below the ordinary minimum." :
        LargeProcurementThreshold <= 0 ? "The large-procurement threshold must be positive." :
        MaxDelayBeforeStart < TimeSpan.Zero || MaxInterruptionDuringSession < TimeSpan.Zero ? "Suspension limits cannot be negative." :
        LowScoreReasonFraction is < 0 or > 1 ? "The low-score fraction must be between 0 and 1." :
        DeviationFraction is <= 0 or > 1 ? "The deviation fraction must be above 0 and at most 1." :
        RoundingDecimals is < 0 or > 6 ? "Rounding must keep between 0 and 6 decimals." :
        MaxCandidates is < 1 or > 3 ? "Between 1 and 3 candidates may be recommended." :
        WidestSpreadMinimumMembers < 5 ? "The widest-spread rule needs at least 5 members." :
        !Enum.IsDefined(ReviewOutcome) || !Enum.IsDefined(Aggregation) ? "Unknown review or aggregation rule." :
        null;
}
