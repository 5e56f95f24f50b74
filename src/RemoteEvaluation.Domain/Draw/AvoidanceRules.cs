namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// The avoidance rules (回避规则) of a draw, each switched on or off by the request.
/// </summary>
/// <param name="SameEmployer">Same employer as the tenderer or any bidder, now or within <see cref="DrawSettings.EmploymentLookbackYears"/> (同单位回避).</param>
/// <param name="DeclaredConflict">A personal conflict the expert declared with the tenderer, a bidder or one of its people (利害关系回避).</param>
/// <param name="DepartmentStaff">Staff of the supervising or competent department (行政监督部门/主管部门人员).</param>
/// <param name="MisconductPenalty">Penalised before for misconduct in tendering (曾因违法违规受处理).</param>
/// <param name="SameCity">Lives in the project's city: the point of evaluating elsewhere (异地回避).</param>
/// <param name="RecentService">Served the same tenderer within <see cref="DrawSettings.RecentServiceDays"/> (近期参评同一招标人).</param>
/// <param name="ScheduleClash">Already confirmed for another session at the same time (时间冲突).</param>
public sealed record AvoidanceRules(
    bool SameEmployer = true,
    bool DeclaredConflict = true,
    bool DepartmentStaff = true,
    bool MisconductPenalty = true,
    bool SameCity = true,
    bool RecentService = true,
    bool ScheduleClash = true)
{
    public static AvoidanceRules All { get; } = new();

    public static AvoidanceRules None { get; } = new(false, false, false, false, false, false, false);
}

/// <summary>
/// The provincial settings of a draw (各省可配置项), with the defaults named in the domain rules.
/// </summary>
/// <param name="EmploymentLookbackYears">How long a former employer still counts (default 3 years).</param>
/// <param name="RecentServiceDays">How recent a service for the same tenderer must be to count (default 90 days).</param>
/// <param name="MaxAge">The oldest an expert may be on the session day (default 70).</param>
/// <param name="MinimumQualification">The lowest qualification drawn.</param>
/// <param name="ReservePerSlot">How many candidates beyond the count each slot's drawn order keeps (备选).</param>
/// <param name="ResponseMinutes">How long an invited expert has to confirm or decline.</param>
/// <param name="LargeCommitteeMinimum">The smallest committee for large procurement (default 7).</param>
/// <param name="MaxPlacementDistance">How far from home an expert may be seated: 0 county, 1 city, 2 province (default), 3 anywhere.</param>
public sealed record DrawSettings(
    int EmploymentLookbackYears = 3,
    int RecentServiceDays = 90,
    int MaxAge = 70,
    Experts.Qualification MinimumQualification = Experts.Qualification.Intermediate,
    int ReservePerSlot = 5,
    int ResponseMinutes = 30,
    int LargeCommitteeMinimum = 7,
    int MaxPlacementDistance = 2)
{
    public static DrawSettings Default { get; } = new();
}
