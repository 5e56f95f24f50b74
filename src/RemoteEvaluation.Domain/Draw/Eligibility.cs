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
        return PoolCondition(expert.Status, expert.BirthDay, expert.Qualification)
            ?? Avoidance(expert.Facts, 0, expert.Misconduct, expert.City, new ProfileSource(expert, null, 0));
    }

    /// <summary>The same judgement for the expert at <paramref name="position"/> of the pool index's columns.</summary>
    internal string? ExclusionAt(PoolColumns columns, int position) =>
        PoolCondition(columns.Status[position], columns.BirthDay[position], columns.Qualification[position])
            ?? Avoidance(columns.Facts, columns.FactStart[position], columns.Misconduct[position], columns.City[position], new ProfileSource(null, columns.Experts, position));

    private string? PoolCondition(ExpertStatus status, int birthDay, Qualification qualification)
    {
        if (status != ExpertStatus.Active)
        {
            return status == ExpertStatus.Suspended ? Exclusions.Suspended : Exclusions.Inactive;
        }

        if (birthDay < oldestBirthDay)
        {
            return Exclusions.Age;
        }

        return qualification < request.Settings.MinimumQualification ? Exclusions.Qualification : null;
    }

    // One pass over the packed facts from `at`, in their order (see DrawProfile): this runs for every matching expert
    // of a 100,000-expert pool on each draw and is bound by memory reads, so the profile object behind the facts is
    // fetched only to confirm a hash match or to read times.
    private string? Avoidance(int[] f, int at, bool misconduct, int city, ProfileSource source)
    {
        var rules = request.Avoidance;
        var i = at + f[at] + 1;
        var jobs = f[i++];
        var jobsAt = i;
        i += 2 * jobs;
        for (var j = 0; j < jobs; j++)
        {
            var employer = f[jobsAt + (2 * j)];
            if (rules.SameEmployer && f[jobsAt + (2 * j) + 1] >= employmentCutoff && employers.MayContain(employer) && employers.Contains(employer, source.Get().EmployerIds, j))
            {
                return Exclusions.SameEmployer;
            }
        }

        var conflicts = f[i++];
        for (var j = 0; j < conflicts; j++)
        {
            if (rules.DeclaredConflict && counterparties.MayContain(f[i + j]) && counterparties.Contains(f[i + j], source.Get().ConflictIds, j))
            {
                return Exclusions.DeclaredConflict;
            }
        }

        i += conflicts;
        for (var j = 0; j < jobs; j++)
        {
            var employer = f[jobsAt + (2 * j)];
            if (rules.DepartmentStaff && f[jobsAt + (2 * j) + 1] == int.MaxValue && departments.MayContain(employer) && departments.Contains(employer, source.Get().EmployerIds, j))
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
        if (unavailable > 0 && Overlaps(source.Get().Times, 0, unavailable))
        {
            return Exclusions.Unavailable;
        }

        if (rules.MisconductPenalty && misconduct)
        {
            return Exclusions.MisconductPenalty;
        }

        if (rules.SameCity && city == projectCity)
        {
            return Exclusions.SameCity;
        }

        return assignments == 0 ? null : AssignmentClash(source.Get(), rules, f, i, unavailable, assignments);
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
