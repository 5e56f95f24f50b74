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
    private readonly KeySet employers;
    private readonly KeySet counterparties;
    private readonly KeySet departments;
    private readonly int sessionDay;
    private readonly int employmentCutoff;
    private readonly long serviceCutoff;
    private readonly long sessionFrom;
    private readonly long sessionTo;
    private readonly int oldestBirthDay;
    private readonly int projectCity;
    private readonly DrawProfile.Keyed tenderer;

    public Eligibility(DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        this.request = request;
        var project = request.Project;
        var companies = project.Bidders.Select(b => b.CompanyId).Append(project.TendererId).ToList();
        employers = new KeySet(companies);
        counterparties = new KeySet(companies.Concat(project.Bidders.SelectMany(b => b.PeopleIds)));
        departments = new KeySet(project.SupervisingDepartmentIds);
        var day = DateOnly.FromDateTime(request.SessionFrom.UtcDateTime);
        sessionDay = day.DayNumber;
        employmentCutoff = day.AddYears(-request.Settings.EmploymentLookbackYears).DayNumber;
        serviceCutoff = request.SessionFrom.AddDays(-request.Settings.RecentServiceDays).UtcTicks;
        sessionFrom = request.SessionFrom.UtcTicks;
        sessionTo = request.SessionTo.UtcTicks;
        oldestBirthDay = day.AddYears(-request.Settings.MaxAge - 1).AddDays(1).DayNumber;
        projectCity = project.Region.Value is { } region ? int.Parse(region.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) : -2;
        tenderer = new DrawProfile.Keyed(project.TendererId);
    }

    /// <summary>Whether the expert holds a specialty that satisfies <paramref name="requested"/>.</summary>
    public static bool Matches(ExpertState expert, string requested)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return expert.Specialties.Any(held => SpecialtyCode.Satisfies(held, requested));
    }

    /// <inheritdoc cref="Matches(ExpertState, string)"/>
    public static bool Matches(DrawProfile expert, string requested)
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
    public string? ExclusionOf(ExpertState expert) => ExclusionOf(DrawProfile.From(string.Empty, expert));

    /// <inheritdoc cref="ExclusionOf(ExpertState)"/>
    public string? ExclusionOf(DrawProfile expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return PoolCondition(expert) ?? Avoidance(expert);
    }

    private string? PoolCondition(DrawProfile e)
    {
        if (e.Status != ExpertStatus.Active)
        {
            return e.Status == ExpertStatus.Suspended ? Exclusions.Suspended : Exclusions.Inactive;
        }

        foreach (var (from, until) in e.Suspensions)
        {
            if (from <= sessionDay && until >= sessionDay)
            {
                return Exclusions.Suspended;
            }
        }

        foreach (var (from, to) in e.Unavailable)
        {
            if (from < sessionTo && sessionFrom < to)
            {
                return Exclusions.Unavailable;
            }
        }

        if (e.BirthDay < oldestBirthDay)
        {
            return Exclusions.Age;
        }

        return e.Qualification < request.Settings.MinimumQualification ? Exclusions.Qualification : null;
    }

    // Loops over flat arrays: this runs for every matching expert of a 100,000-expert pool on each draw.
    private string? Avoidance(DrawProfile e)
    {
        var rules = request.Avoidance;
        for (var i = 0; i < e.Employers.Length; i++)
        {
            if (rules.SameEmployer && e.EmployedUntil[i] >= employmentCutoff && e.Employers[i].In(employers))
            {
                return Exclusions.SameEmployer;
            }
        }

        if (rules.DeclaredConflict)
        {
            foreach (var conflict in e.Conflicts)
            {
                if (conflict.In(counterparties))
                {
                    return Exclusions.DeclaredConflict;
                }
            }
        }

        for (var i = 0; i < e.Employers.Length; i++)
        {
            if (rules.DepartmentStaff && e.EmployedUntil[i] == int.MaxValue && e.Employers[i].In(departments))
            {
                return Exclusions.DepartmentStaff;
            }
        }

        if (rules.MisconductPenalty && e.Misconduct)
        {
            return Exclusions.MisconductPenalty;
        }

        if (rules.SameCity && e.City == projectCity)
        {
            return Exclusions.SameCity;
        }

        foreach (var a in e.Assignments)
        {
            if (rules.RecentService && a.Tenderer.Hash == tenderer.Hash && a.Tenderer.Id == tenderer.Id && a.From >= serviceCutoff && a.From < sessionFrom)
            {
                return Exclusions.RecentService;
            }
        }

        foreach (var a in e.Assignments)
        {
            if (rules.ScheduleClash && a.From < sessionTo && sessionFrom < a.To && a.SessionId != request.SessionId)
            {
                return Exclusions.ScheduleClash;
            }
        }

        return null;
    }
}
