using System.Globalization;
using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Grains.Import;

/// <summary>
/// Turns an import row into a registration, or into every reason it cannot be one (codes <c>import.*</c>;
/// the registry's own rules add <c>expert.*</c> codes when the grain decides).
/// </summary>
internal static class ExpertRowMapper
{
    public static (string? Id, RegisterExpert? Command, IReadOnlyList<string> Reasons) Map(ExpertImportRow row)
    {
        List<string> reasons = [];
        var id = Required(row.Id, "id", reasons);
        if (id is not null && (id.Length > 100 || !id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or ':' or '-')))
        {
            reasons.Add("import.invalid_id: the id may hold letters, digits and . _ : - only, at most 100");
        }

        var name = Required(row.Name, "name", reasons);
        var idNumber = Required(row.IdNumber, "id_number", reasons);
        var phone = Required(row.Phone, "phone", reasons);
        var birth = Date(row.BirthDate, "birth_date", reasons, required: true);
        RegionCode region = default;
        if (!RegionCode.TryParse(row.Region?.Trim(), out region))
        {
            reasons.Add($"import.invalid_region: '{row.Region}' is not a six-digit GB/T 2260 code");
        }

        if (!Enum.TryParse<Qualification>(row.Qualification?.Trim(), ignoreCase: true, out var qualification) || !Enum.IsDefined(qualification) || qualification == Qualification.None)
        {
            reasons.Add($"import.invalid_qualification: '{row.Qualification}' is not one of Intermediate, AssociateSenior, Senior");
        }

        var specialties = (row.Specialties ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (specialties.Count == 0)
        {
            reasons.Add("import.field_required: specialties");
        }

        var jobs = (row.Employment ?? []).Select((j, i) => Job(j, i, reasons)).ToList();
        var conflicts = (row.Conflicts ?? []).Select((c, i) => Conflict(c, i, reasons)).ToList();
        if (reasons.Count > 0)
        {
            return (id, null, reasons);
        }

        return (id, new RegisterExpert(name!, idNumber!, birth!.Value, phone!, region, specialties, qualification, jobs!, conflicts!), reasons);
    }

    private static string? Required(string? value, string field, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            reasons.Add($"import.field_required: {field}");
            return null;
        }

        return value.Trim();
    }

    private static DateOnly? Date(string? value, string field, List<string> reasons, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                reasons.Add($"import.field_required: {field}");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        reasons.Add($"import.invalid_date: {field} '{value}' is not yyyy-MM-dd");
        return null;
    }

    private static Employment? Job(ImportJob job, int index, List<string> reasons)
    {
        var count = reasons.Count;
        var employerId = Required(job.EmployerId, $"employment[{index}].employer_id", reasons);
        var employerName = Required(job.EmployerName, $"employment[{index}].employer_name", reasons);
        var from = Date(job.From, $"employment[{index}].from", reasons, required: true);
        var until = Date(job.Until, $"employment[{index}].until", reasons, required: false);
        return reasons.Count == count ? new Employment(employerId!, employerName!, from!.Value, until) : null;
    }

    private static DeclaredConflict? Conflict(ImportConflict conflict, int index, List<string> reasons)
    {
        var count = reasons.Count;
        var counterparty = Required(conflict.CounterpartyId, $"conflicts[{index}].counterparty_id", reasons);
        var reason = Required(conflict.Reason, $"conflicts[{index}].reason", reasons);
        var declared = Date(conflict.DeclaredOn, $"conflicts[{index}].declared_on", reasons, required: true);
        return reasons.Count == count ? new DeclaredConflict(counterparty!, reason!, declared!.Value) : null;
    }
}
