namespace RemoteEvaluation.Domain.Experts;

/// <summary>The rules of the expert registry (专家库管理): <c>Decide</c> and <c>Evolve</c> for one expert.</summary>
public sealed class ExpertDecider : IDecider<ExpertState, ExpertCommand, ExpertEvent>
{
    public static ExpertState Initial => ExpertState.Empty;

    public static Decision<ExpertEvent> Decide(ExpertState state, ExpertCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (command is RegisterExpert register)
        {
            return ExpertRegistration.Decide(state, register);
        }

        if (!state.IsRegistered)
        {
            return Decision<ExpertEvent>.Reject(ExpertRejections.NotRegistered, "Register the expert before changing the record.");
        }

        return command switch
        {
            ChangeSpecialties c => ExpertRegistration.CheckSpecialties(c.Specialties) ?? Accept(new SpecialtiesChanged([.. c.Specialties.Distinct().Order(StringComparer.Ordinal)])),
            MoveRegion c => c.Region.Value is null ? Reject(ExpertRejections.FieldRequired, "A region code is required.") : Accept(new RegionMoved(c.Region)),
            RecordEmployment c => ExpertRegistration.CheckJob(c.Job) ?? Accept(new EmploymentRecorded(c.Job)),
            DeclareConflict c => ExpertRegistration.CheckConflict(c.Conflict) ?? Accept(new ConflictDeclared(c.Conflict)),
            ImposePenalty c => Penalize(state, c.Penalty),
            ChangeStatus c => ChangeStatus(state, c),
            DeclareUnavailable c => c.Period.To <= c.Period.From
                ? Reject(ExpertRejections.InvalidDates, "An unavailable period must end after it starts.")
                : Accept(new UnavailabilityDeclared(c.Period)),
            RecordAssignment c => state.Assignments.Any(a => a.SessionId == c.Assignment.SessionId && a.DrawId == c.Assignment.DrawId)
                ? Decision<ExpertEvent>.Accept()
                : Accept(new AssignmentRecorded(c.Assignment)),
            RecordSessionConduct c => ExpertConduct.Check(state, c.Entry) ?? Accept(new SessionConductRecorded(c.Entry with { Remarks = [.. c.Entry.Remarks.Select(r => r.Trim())] })),
            SettleFee c => c.Entry.Amount < 0m
                ? Reject(ExpertRejections.InvalidAmount, "A fee cannot be negative.")
                : state.Fees.Any(e => e.SessionId == c.Entry.SessionId)
                    ? Reject(ExpertRejections.DuplicateEntry, $"The fee for session {c.Entry.SessionId} is already settled.")
                    : Accept(new FeeSettled(c.Entry)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "Unknown expert command."),
        };
    }

    public static ExpertState Evolve(ExpertState state, ExpertEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(state);
        return recorded switch
        {
            ExpertRegistered e => state with
            {
                Status = ExpertStatus.Active,
                Name = e.Name,
                IdNumber = e.IdNumber,
                BirthDate = e.BirthDate,
                Phone = e.Phone,
                Region = e.Region,
                Specialties = [.. e.Specialties],
                Qualification = e.Qualification,
            },
            SpecialtiesChanged e => state with { Specialties = [.. e.Specialties] },
            RegionMoved e => state with { Region = e.Region },
            EmploymentRecorded e => state with { Employment = state.Employment.Add(e.Job) },
            ConflictDeclared e => state with { Conflicts = state.Conflicts.Add(e.Conflict) },
            PenaltyImposed e => state with
            {
                Penalties = state.Penalties.Add(e.Penalty),
                Status = e.Penalty.Kind == PenaltyKind.Disqualification ? ExpertStatus.Retired : state.Status,
            },
            StatusChanged e => state with { Status = e.Status },
            UnavailabilityDeclared e => state with { Unavailable = state.Unavailable.Add(e.Period) },
            AssignmentRecorded e => state with { Assignments = state.Assignments.Add(e.Assignment) },
            SessionConductRecorded e => state with { Conduct = state.Conduct.Add(e.Entry) },
            FeeSettled e => state with { Fees = state.Fees.Add(e.Entry) },
            _ => state,
        };
    }

    private static Decision<ExpertEvent> Penalize(ExpertState state, Penalty penalty)
    {
        if (string.IsNullOrWhiteSpace(penalty.PenaltyId) || string.IsNullOrWhiteSpace(penalty.Reason))
        {
            return Reject(ExpertRejections.FieldRequired, "A penalty needs an id and a reason.");
        }

        if (penalty.Until is { } until && until < penalty.Imposed)
        {
            return Reject(ExpertRejections.InvalidDates, "A penalty cannot end before it is imposed.");
        }

        return state.Penalties.Any(p => p.PenaltyId == penalty.PenaltyId)
            ? Reject(ExpertRejections.DuplicateEntry, $"Penalty {penalty.PenaltyId} is already recorded.")
            : Accept(new PenaltyImposed(penalty));
    }

    private static Decision<ExpertEvent> ChangeStatus(ExpertState state, ChangeStatus c)
    {
        if (state.Status == ExpertStatus.Retired)
        {
            return Reject(ExpertRejections.Retired, "A retired or disqualified expert does not return to the pool; register a new record.");
        }

        if (c.Status is ExpertStatus.None || string.IsNullOrWhiteSpace(c.Reason))
        {
            return Reject(ExpertRejections.FieldRequired, "A new status and a reason are required.");
        }

        return c.Status == state.Status ? Decision<ExpertEvent>.Accept() : Accept(new StatusChanged(c.Status, c.Reason.Trim()));
    }

    private static Decision<ExpertEvent> Accept(ExpertEvent e) => Decision<ExpertEvent>.Accept(e);

    private static Decision<ExpertEvent> Reject(string code, string message) => Decision<ExpertEvent>.Reject(code, message);
}
