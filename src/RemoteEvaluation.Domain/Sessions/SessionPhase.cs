namespace RemoteEvaluation.Domain.Sessions;

/// <summary>Where a session is in its lifecycle (评标阶段). A suspension (暂停) is not a phase: the session keeps its phase.</summary>
public enum SessionPhase
{
    /// <summary>Nothing recorded yet.</summary>
    None = 0,

    /// <summary>Scheduled (已安排): remote centres, criteria, bids and the committee are set; members check in (签到).</summary>
    Scheduled = 1,

    /// <summary>Opening (开评): conflict declarations (回避声明) and chair election (推选主任委员).</summary>
    Opening = 2,

    /// <summary>Qualification and compliance review (资格审查、符合性审查), pre-check shown, clarifications.</summary>
    Review = 3,

    /// <summary>Detailed scoring (详细评审).</summary>
    Scoring = 4,

    /// <summary>Summary (汇总) and re-check (复核).</summary>
    Summary = 5,

    /// <summary>Report (评标报告) drafted and being signed.</summary>
    Report = 6,

    /// <summary>Closed (评标结束): fees and conduct are settled.</summary>
    Closed = 7,

    /// <summary>Archived (归档): sealed; nothing more is accepted.</summary>
    Archived = 8,

    /// <summary>Abandoned (终止): a fault outlasted its limit; the evaluation is re-run with a new committee.</summary>
    Abandoned = 9,
}
