namespace RemoteEvaluation.Domain.Experts;

/// <summary>A command to one expert's record in the pool (评标专家库).</summary>
public abstract record ExpertCommand;

/// <summary>
/// Register an expert (专家入库) with a sealed identity (name, ID number, birth date), home region,
/// specialties, qualification, contact, and the employment history and conflicts known at entry.
/// Registering again with the same content changes nothing (so a re-import is harmless).
/// </summary>
public sealed record RegisterExpert(
    string Name,
    string IdNumber,
    DateOnly BirthDate,
    string Phone,
    RegionCode Region,
    IReadOnlyList<string> Specialties,
    Qualification Qualification,
    IReadOnlyList<Employment> Employment,
    IReadOnlyList<DeclaredConflict> Conflicts) : ExpertCommand;

/// <summary>Replace the expert's specialty codes (专业变更).</summary>
public sealed record ChangeSpecialties(IReadOnlyList<string> Specialties) : ExpertCommand;

/// <summary>Move the expert's home region (常住地变更).</summary>
public sealed record MoveRegion(RegionCode Region) : ExpertCommand;

/// <summary>Record a job; a job without an end date is a current one (an expert may hold more than one).</summary>
public sealed record RecordEmployment(Employment Job) : ExpertCommand;

/// <summary>Declare a personal conflict with a company or person (利害关系申报).</summary>
public sealed record DeclareConflict(DeclaredConflict Conflict) : ExpertCommand;

/// <summary>Record a penalty (处理).</summary>
public sealed record ImposePenalty(Penalty Penalty) : ExpertCommand;

/// <summary>Change the expert's status (在库/暂停/出库) with a reason.</summary>
public sealed record ChangeStatus(ExpertStatus Status, string Reason) : ExpertCommand;

/// <summary>Declare a period when the expert cannot serve.</summary>
public sealed record DeclareUnavailable(Unavailability Period) : ExpertCommand;

/// <summary>Record that the expert confirmed a drawn seat in a session (fed by the draw).</summary>
public sealed record RecordAssignment(Assignment Assignment) : ExpertCommand;

/// <summary>Record the expert's conduct in a closed session (fed by the session's <c>conduct.expert_recorded</c>).</summary>
public sealed record RecordSessionConduct(ConductEntry Entry) : ExpertCommand;

/// <summary>Settle the expert's fee for a closed session (fed by the session's <c>fees.settled</c>).</summary>
public sealed record SettleFee(FeeEntry Entry) : ExpertCommand;
