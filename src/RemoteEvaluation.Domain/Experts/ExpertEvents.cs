namespace RemoteEvaluation.Domain.Experts;

/// <summary>Something recorded about an expert (专家库事件).</summary>
public abstract record ExpertEvent;

/// <summary>The expert entered the pool (专家入库).</summary>
[EventType("expert.registered")]
public sealed record ExpertRegistered(
    string Name,
    string IdNumber,
    DateOnly BirthDate,
    string Phone,
    RegionCode Region,
    IReadOnlyList<string> Specialties,
    Qualification Qualification) : ExpertEvent;

[EventType("expert.specialties_changed")]
public sealed record SpecialtiesChanged(IReadOnlyList<string> Specialties) : ExpertEvent;

[EventType("expert.region_moved")]
public sealed record RegionMoved(RegionCode Region) : ExpertEvent;

[EventType("expert.employment_recorded")]
public sealed record EmploymentRecorded(Employment Job) : ExpertEvent;

[EventType("expert.conflict_declared")]
public sealed record ConflictDeclared(DeclaredConflict Conflict) : ExpertEvent;

[EventType("expert.penalty_imposed")]
public sealed record PenaltyImposed(Penalty Penalty) : ExpertEvent;

[EventType("expert.status_changed")]
public sealed record StatusChanged(ExpertStatus Status, string Reason) : ExpertEvent;

[EventType("expert.unavailability_declared")]
public sealed record UnavailabilityDeclared(Unavailability Period) : ExpertEvent;

[EventType("expert.assignment_recorded")]
public sealed record AssignmentRecorded(Assignment Assignment) : ExpertEvent;

/// <summary>The expert's conduct in one closed session was recorded (专家行为记录).</summary>
[EventType("expert.conduct_recorded")]
public sealed record SessionConductRecorded(ConductEntry Entry) : ExpertEvent;

[EventType("expert.fee_settled")]
public sealed record FeeSettled(FeeEntry Entry) : ExpertEvent;
