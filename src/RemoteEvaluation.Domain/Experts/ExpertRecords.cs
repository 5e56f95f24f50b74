namespace RemoteEvaluation.Domain.Experts;

/// <summary>The status of an expert in the pool (专家状态).</summary>
public enum ExpertStatus
{
    /// <summary>Not registered.</summary>
    None = 0,

    /// <summary>In the pool and drawable (在库).</summary>
    Active = 1,

    /// <summary>Temporarily out of the pool (暂停), by decision or at the expert's request.</summary>
    Suspended = 2,

    /// <summary>Left the pool for good (出库/解聘).</summary>
    Retired = 3,
}

/// <summary>Professional qualification (职称), lowest first; a request names the minimum.</summary>
public enum Qualification
{
    /// <summary>Unknown or none.</summary>
    None = 0,

    /// <summary>Intermediate title (中级职称) or equivalent practising qualification.</summary>
    Intermediate = 1,

    /// <summary>Associate senior title (副高级职称).</summary>
    AssociateSenior = 2,

    /// <summary>Full senior title (正高级职称).</summary>
    Senior = 3,
}

/// <summary>What kind of penalty was imposed (处理/处罚).</summary>
public enum PenaltyKind
{
    /// <summary>A warning (警告); the expert stays drawable.</summary>
    Warning = 1,

    /// <summary>Suspended from draws until a date (暂停评标资格).</summary>
    Suspension = 2,

    /// <summary>Removed from the pool (取消评标资格).</summary>
    Disqualification = 3,
}

/// <summary>One job in the employment history (工作经历): the employer, from, and until (null while current).</summary>
public sealed record Employment(string EmployerId, string EmployerName, DateOnly From, DateOnly? Until)
{
    /// <summary>Whether the expert worked there at any time on or after <paramref name="since"/>.</summary>
    public bool OverlapsSince(DateOnly since) => Until is null || Until.Value >= since;
}

/// <summary>A declared personal conflict (回避声明): a company or person the expert must not evaluate.</summary>
public sealed record DeclaredConflict(string CounterpartyId, string Reason, DateOnly DeclaredOn);

/// <summary>A penalty (处理记录); <see cref="TenderingMisconduct"/> marks misconduct in tendering (招投标违法违规).</summary>
public sealed record Penalty(string PenaltyId, PenaltyKind Kind, bool TenderingMisconduct, string Reason, DateOnly Imposed, DateOnly? Until);

/// <summary>A period the expert cannot serve (不可参评时段), as declared by the expert.</summary>
public sealed record Unavailability(DateTimeOffset From, DateTimeOffset To, string Reason);

/// <summary>A session the expert was drawn for and confirmed (参评记录), with its tenderer and time.</summary>
public sealed record Assignment(string SessionId, string DrawId, string TendererId, DateTimeOffset From, DateTimeOffset To);

/// <summary>
/// What the expert did in one closed session (专家行为记录), as the session recorded it: late, absent, withdrawn on a
/// declared conflict, deviation alerts left standing, scores corrected in re-check, and the staff's remarks. Facts, not
/// a rating: a grade, if a province wants one, is derived from these records later.
/// </summary>
public sealed record ConductEntry(
    string SessionId,
    bool Late,
    bool Absent,
    bool WithdrewOnConflict,
    int Deviations,
    int ScoresRechecked,
    IReadOnlyList<string> Remarks,
    DateTimeOffset RecordedAt);

/// <summary>One fee owed or paid to an expert for a closed session (专家劳务报酬).</summary>
public sealed record FeeEntry(string SessionId, decimal Amount, string Description, DateTimeOffset SettledAt);
