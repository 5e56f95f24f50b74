namespace RemoteEvaluation.Grains.Import;

/// <summary>
/// One expert as an import file carries it (CSV or JSON), before any checking. In CSV, <c>specialties</c> are
/// separated by <c>;</c>, each job is <c>employerId|employerName|from|until</c> (until empty while current) and
/// each conflict is <c>counterpartyId|reason|declaredOn</c>, both separated by <c>;</c>; dates are yyyy-MM-dd.
/// </summary>
public sealed record ExpertImportRow
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? IdNumber { get; init; }

    public string? BirthDate { get; init; }

    public string? Phone { get; init; }

    public string? Region { get; init; }

    public string? Qualification { get; init; }

    public IReadOnlyList<string>? Specialties { get; init; }

    public IReadOnlyList<ImportJob>? Employment { get; init; }

    public IReadOnlyList<ImportConflict>? Conflicts { get; init; }
}

/// <summary>A job in an import file.</summary>
public sealed record ImportJob(string? EmployerId, string? EmployerName, string? From, string? Until);

/// <summary>A declared conflict in an import file.</summary>
public sealed record ImportConflict(string? CounterpartyId, string? Reason, string? DeclaredOn);
