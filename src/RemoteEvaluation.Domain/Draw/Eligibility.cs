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
    private readonly int tendererHash;

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
        tendererHash = DrawProfile.Hash(project.TendererId);
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
        return SpecialtyCode.IsValid(requested) && expert.Holds(SpecialtyKey.Requested(requested));
    }

    /// <summary>The first reason the expert cannot be drawn for this request at all, or null when eligible.</summary>
    public string? ExclusionOf(ExpertState expert) => ExclusionOf(DrawProfile.From(string.Empty, expert));

    /// <inheritdoc cref="ExclusionOf(ExpertState)"/>
    public string? ExclusionOf(DrawProfile expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return PoolCondition(expert) ?? Avoidance(expert);
    }

    // One pass over the packed facts, in their order (see DrawProfile): this runs for every matching expert of a
    // 100,000-expert pool on each draw, and is bound by memory reads.
    private string? PoolCondition(DrawProfile e)
    {
        if (e.Status != ExpertStatus.Active)
        {
            return e.Status == ExpertStatus.Suspended ? Exclusions.Suspended : Exclusions.Inactive;
        }

        if (e.BirthDay < oldestBirthDay)
        {
            return Exclusions.Age;
        }

        return e.Qualification < request.Settings.MinimumQualification ? Exclusions.Qualification : null;
    }

    private string? Avoidance(DrawProfile e)
    {
        var rules = request.Avoidance;
        var f = e.Facts;
        var i = f[0] + 1;
        var jobs = f[i++];
        var jobsAt = i;
        i += 2 * jobs;
        for (var j = 0; j < jobs; j++)
        {
            if (rules.SameEmployer && f[jobsAt + (2 * j) + 1] >= employmentCutoff && employers.Contains(f[jobsAt + (2 * j)], e.EmployerIds, j))
            {
                return Exclusions.SameEmployer;
            }
        }

        var conflicts = f[i++];
        for (var j = 0; j < conflicts; j++)
        {
            if (rules.DeclaredConflict && counterparties.Contains(f[i + j], e.ConflictIds, j))
            {
                return Exclusions.DeclaredConflict;
            }
        }

        i += conflicts;
        for (var j = 0; j < jobs; j++)
        {
            if (rules.DepartmentStaff && f[jobsAt + (2 * j) + 1] == int.MaxValue && departments.Contains(f[jobsAt + (2 * j)], e.EmployerIds, j))
            {
                return Exclusions.DepartmentStaff;
            }
        }

        var suspensions = f[i++];
        for (var j = 0; j < suspensions; j++, i += 2)
        {
            if (f[i] <= sessionDay && f[i + 1] >= sessionDay)
            {
                return Exclusions.Suspended;
            }
        }

        var unavailable = f[i++];
        var assignments = f[i++];
        if (unavailable > 0 && Overlaps(e.Times, 0, unavailable))
        {
            return Exclusions.Unavailable;
        }

        if (rules.MisconductPenalty && e.Misconduct)
        {
            return Exclusions.MisconductPenalty;
        }

        if (rules.SameCity && e.City == projectCity)
        {
            return Exclusions.SameCity;
        }

        return assignments == 0 ? null : AssignmentClash(e, rules, f, i, unavailable, assignments);
    }

    private string? AssignmentClash(DrawProfile e, AvoidanceRules rules, int[] f, int at, int unavailable, int count)
    {
        var times = e.Times;
        for (var j = 0; j < count; j++)
        {
            var from = times[(2 * (unavailable + j))];
            if (rules.RecentService && f[at + j] == tendererHash && e.AssignmentIds[j].TendererId == request.Project.TendererId && from >= serviceCutoff && from < sessionFrom)
            {
                return Exclusions.RecentService;
            }
        }

        for (var j = 0; j < count; j++)
        {
            var from = times[2 * (unavailable + j)];
            var to = times[(2 * (unavailable + j)) + 1];
            if (rules.ScheduleClash && from < sessionTo && sessionFrom < to && e.AssignmentIds[j].SessionId != request.SessionId)
            {
                return Exclusions.ScheduleClash;
            }
        }

        return null;
    }

    private bool Overlaps(long[] times, int first, int count)
    {
        for (var j = first; j < first + count; j++)
        {
            if (times[2 * j] < sessionTo && sessionFrom < times[(2 * j) + 1])
            {
                return true;
            }
        }

        return false;
    }
}
