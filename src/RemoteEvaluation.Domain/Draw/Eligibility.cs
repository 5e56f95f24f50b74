using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// Who may be drawn for a request (候选条件与回避): the pool conditions (specialty, status, availability,
/// age, qualification) and every avoidance rule the request switched on. Built once per request so that
/// checking 100,000 experts costs set look-ups, not list scans.
/// </summary>
public sealed class Eligibility
{
    private readonly DrawRequest request;
    private readonly HashSet<string> employers;
    private readonly HashSet<string> counterparties;
    private readonly HashSet<string> departments;
    private readonly DateOnly sessionDay;
    private readonly DateOnly employmentCutoff;
    private readonly DateTimeOffset serviceCutoff;
    private readonly DateOnly oldestBirthDate;
    private readonly RegionCode projectCity;

    public Eligibility(DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        this.request = request;
        var project = request.Project;
        employers = new HashSet<string>(project.Bidders.Select(b => b.CompanyId).Append(project.TendererId), StringComparer.Ordinal);
        counterparties = new HashSet<string>(employers.Concat(project.Bidders.SelectMany(b => b.PeopleIds)), StringComparer.Ordinal);
        departments = new HashSet<string>(project.SupervisingDepartmentIds, StringComparer.Ordinal);
        sessionDay = DateOnly.FromDateTime(request.SessionFrom.UtcDateTime);
        employmentCutoff = sessionDay.AddYears(-request.Settings.EmploymentLookbackYears);
        serviceCutoff = request.SessionFrom.AddDays(-request.Settings.RecentServiceDays);
        oldestBirthDate = sessionDay.AddYears(-request.Settings.MaxAge - 1).AddDays(1);
        projectCity = project.Region.City;
    }

    /// <summary>Whether the expert holds a specialty that satisfies <paramref name="requested"/>.</summary>
    public static bool Matches(ExpertState expert, string requested)
    {
        ArgumentNullException.ThrowIfNull(expert);
        foreach (var held in expert.Specialties)
        {
            if (SpecialtyCode.Satisfies(held, requested))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first reason the expert cannot be drawn for this request at all, or null when eligible.</summary>
    public string? ExclusionOf(ExpertState expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return PoolCondition(expert) ?? Avoidance(expert);
    }

    private string? PoolCondition(ExpertState e)
    {
        if (e.Status != ExpertStatus.Active)
        {
            return e.Status == ExpertStatus.Suspended ? Exclusions.Suspended : Exclusions.Inactive;
        }

        foreach (var p in e.Penalties)
        {
            if (p.Kind == PenaltyKind.Suspension && (p.Until is null || p.Until.Value >= sessionDay) && p.Imposed <= sessionDay)
            {
                return Exclusions.Suspended;
            }
        }

        foreach (var u in e.Unavailable)
        {
            if (u.From < request.SessionTo && request.SessionFrom < u.To)
            {
                return Exclusions.Unavailable;
            }
        }

        if (e.BirthDate < oldestBirthDate)
        {
            return Exclusions.Age;
        }

        return e.Qualification < request.Settings.MinimumQualification ? Exclusions.Qualification : null;
    }

    private string? Avoidance(ExpertState e)
    {
        var rules = request.Avoidance;
        if (rules.SameEmployer && e.Employment.Any(j => employers.Contains(j.EmployerId) && j.OverlapsSince(employmentCutoff)))
        {
            return Exclusions.SameEmployer;
        }

        if (rules.DeclaredConflict && e.Conflicts.Any(c => counterparties.Contains(c.CounterpartyId)))
        {
            return Exclusions.DeclaredConflict;
        }

        if (rules.DepartmentStaff && e.Employment.Any(j => j.Until is null && departments.Contains(j.EmployerId)))
        {
            return Exclusions.DepartmentStaff;
        }

        if (rules.MisconductPenalty && e.Penalties.Any(p => p.TenderingMisconduct))
        {
            return Exclusions.MisconductPenalty;
        }

        if (rules.SameCity && e.Region.City == projectCity)
        {
            return Exclusions.SameCity;
        }

        if (rules.RecentService && e.Assignments.Any(a => a.TendererId == request.Project.TendererId && a.From >= serviceCutoff && a.From < request.SessionFrom))
        {
            return Exclusions.RecentService;
        }

        return rules.ScheduleClash && e.Assignments.Any(a => a.SessionId != request.SessionId && a.From < request.SessionTo && request.SessionFrom < a.To)
            ? Exclusions.ScheduleClash
            : null;
    }
}
