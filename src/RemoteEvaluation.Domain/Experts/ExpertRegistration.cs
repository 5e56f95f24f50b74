namespace RemoteEvaluation.Domain.Experts;

/// <summary>
/// The entry rules of the pool (入库审核): a complete, valid identity that is sealed once recorded,
/// valid specialty codes, and dated employment.
/// </summary>
internal static class ExpertRegistration
{
    public static Decision<ExpertEvent> Decide(ExpertState state, RegisterExpert c)
    {
        if (Check(c) is { } rejection)
        {
            return rejection;
        }

        var specialties = c.Specialties.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (state.IsRegistered)
        {
            // The identity is sealed (身份信息锁定): the same registration again is a no-op; any difference is refused.
            var same = state.Name == c.Name.Trim() && string.Equals(state.IdNumber, c.IdNumber, StringComparison.OrdinalIgnoreCase) && state.BirthDate == c.BirthDate;
            return same
                ? Decision<ExpertEvent>.Accept()
                : Decision<ExpertEvent>.Reject(ExpertRejections.IdentitySealed, "Name, ID number and birth date are sealed once registered.");
        }

        List<ExpertEvent> events =
        [
            new ExpertRegistered(c.Name.Trim(), c.IdNumber.ToUpperInvariant(), c.BirthDate, c.Phone.Trim(), c.Region, specialties, c.Qualification),
        ];
        events.AddRange(c.Employment.Select(j => new EmploymentRecorded(j)));
        events.AddRange(c.Conflicts.Select(d => new ConflictDeclared(d)));
        return Decision<ExpertEvent>.Accept(events);
    }

    public static Rejection? CheckSpecialties(IReadOnlyList<string> specialties)
    {
        if (specialties is null || specialties.Count == 0)
        {
            return new Rejection(ExpertRejections.FieldRequired, "At least one specialty code is required.");
        }

        var bad = specialties.FirstOrDefault(s => !SpecialtyCode.IsValid(s) || SpecialtyCode.IsFirstLevel(s));
        return bad is null ? null : new Rejection(ExpertRejections.InvalidSpecialty, $"'{bad}' is not a second-level specialty code (a letter and four digits, e.g. C0501).");
    }

    public static Rejection? CheckJob(Employment job)
    {
        if (job is null || string.IsNullOrWhiteSpace(job.EmployerId) || string.IsNullOrWhiteSpace(job.EmployerName))
        {
            return new Rejection(ExpertRejections.FieldRequired, "A job needs an employer id and name.");
        }

        return job.Until is { } until && until < job.From
            ? new Rejection(ExpertRejections.InvalidDates, $"The job at {job.EmployerName} ends before it starts.")
            : null;
    }

    public static Rejection? CheckConflict(DeclaredConflict conflict) =>
        conflict is null || string.IsNullOrWhiteSpace(conflict.CounterpartyId) || string.IsNullOrWhiteSpace(conflict.Reason)
            ? new Rejection(ExpertRejections.FieldRequired, "A declared conflict needs the company or person and a reason.")
            : null;

    private static Rejection? Check(RegisterExpert c)
    {
        if (string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.Phone) || c.Region.Value is null)
        {
            return new Rejection(ExpertRejections.FieldRequired, "Name, phone and region are required.");
        }

        if (!IdNumber.IsValid(c.IdNumber, c.BirthDate))
        {
            return new Rejection(ExpertRejections.InvalidIdNumber, "The ID number is not a valid 18-character resident ID matching the birth date.");
        }

        return CheckSpecialties(c.Specialties)
            ?? c.Employment.Select(CheckJob).FirstOrDefault(r => r is not null)
            ?? c.Conflicts.Select(CheckConflict).FirstOrDefault(r => r is not null);
    }
}
