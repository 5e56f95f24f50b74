using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>The sealed identity of an expert (身份信息), shown to coordinators only.</summary>
public sealed record ExpertIdentityView(string Name, string IdNumber, DateOnly BirthDate, string Phone);

/// <summary>One expert as listed; <see cref="Name"/> only for coordinators.</summary>
public sealed record ExpertListItem(string ExpertId, string Status, string? Region, IReadOnlyList<string> Specialties, string Qualification, string? Name);

/// <summary>A page of experts (专家列表) and how many matched in all.</summary>
public sealed record ExpertPage(int Total, int Page, int PageSize, IReadOnlyList<ExpertListItem> Items);

/// <summary>One expert's record (专家档案); <see cref="Identity"/> is null for everyone but coordinators.</summary>
public sealed record ExpertView(
    string ExpertId,
    string Status,
    string? Region,
    IReadOnlyList<string> Specialties,
    string Qualification,
    ExpertIdentityView? Identity,
    IReadOnlyList<Employment> Employment,
    IReadOnlyList<DeclaredConflict> Conflicts,
    IReadOnlyList<Penalty> Penalties,
    IReadOnlyList<Unavailability> Unavailable,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<ConductEntry> Conduct,
    IReadOnlyList<FeeEntry> Fees)
{
    public static ExpertView Of(string id, ExpertState e, bool showIdentity) => new(
        id,
        e.Status.ToString(),
        e.Region.Value,
        e.Specialties,
        e.Qualification.ToString(),
        showIdentity ? new ExpertIdentityView(e.Name, e.IdNumber, e.BirthDate, e.Phone) : null,
        e.Employment,
        e.Conflicts,
        e.Penalties,
        e.Unavailable,
        e.Assignments,
        e.Conduct,
        e.Fees);
}

/// <summary>The body of <c>POST /api/experts/{id}/status</c>: <c>Active</c>, <c>Suspended</c> or <c>Retired</c>, and why.</summary>
public sealed record ChangeStatusRequest(string? Status, string? Reason);

/// <summary>The body of <c>POST /api/experts/{id}/penalties</c>; <see cref="Kind"/> is <c>Warning</c>, <c>Suspension</c> or <c>Disqualification</c>.</summary>
public sealed record PenaltyRequest(string? PenaltyId, string? Kind, bool TenderingMisconduct, string? Reason, DateOnly? Imposed, DateOnly? Until);

/// <summary>The body of <c>POST /api/experts/{id}/conflicts</c>.</summary>
public sealed record ConflictRequest(string? CounterpartyId, string? Reason, DateOnly? DeclaredOn);
