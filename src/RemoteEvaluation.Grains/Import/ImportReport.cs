namespace RemoteEvaluation.Grains.Import;

/// <summary>What happened to one row.</summary>
public enum ImportOutcome
{
    /// <summary>Recorded now.</summary>
    Imported = 1,

    /// <summary>Already in the pool with the same content: nothing recorded (a re-import).</summary>
    Unchanged = 2,

    /// <summary>Refused with reasons; nothing of the row was recorded.</summary>
    Rejected = 3,
}

/// <summary>The result of one row (line in CSV, index + 1 in JSON) with its reasons when rejected.</summary>
public sealed record ImportRowResult(int Row, string? Key, ImportOutcome Outcome, IReadOnlyList<string> Reasons);

/// <summary>The per-row report of an import (导入报告).</summary>
public sealed record ImportReport(IReadOnlyList<ImportRowResult> Rows)
{
    public int Imported => Rows.Count(r => r.Outcome == ImportOutcome.Imported);

    public int Unchanged => Rows.Count(r => r.Outcome == ImportOutcome.Unchanged);

    public int Rejected => Rows.Count(r => r.Outcome == ImportOutcome.Rejected);
}
