using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// What the draw rules read about one expert (抽取画像), flattened once when the pool is indexed: dates as day
/// numbers, times as ticks, and ids with their hash codes, so that checking 100,000 experts walks small arrays
/// laid out in pool order instead of chasing every record, list and string of the expert's history.
/// </summary>
public sealed class DrawProfile
{
    private DrawProfile(string expertId, ExpertState e)
    {
        Status = e.Status;
        Qualification = e.Qualification;
        BirthDay = e.BirthDate.DayNumber;
        Specialties = [.. e.Specialties];
        City = e.Region.Value is { } region ? int.Parse(region.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) : -1;
        Entry = $"{expertId} {e.Region.Value}";
        Employers = [.. e.Employment.Select(j => new Keyed(j.EmployerId))];
        EmployedUntil = [.. e.Employment.Select(j => j.Until?.DayNumber ?? int.MaxValue)];
        Conflicts = [.. e.Conflicts.Select(c => new Keyed(c.CounterpartyId))];
        Misconduct = e.Penalties.Any(p => p.TenderingMisconduct);
        Suspensions = [.. e.Penalties.Where(p => p.Kind == PenaltyKind.Suspension).Select(p => (p.Imposed.DayNumber, p.Until?.DayNumber ?? int.MaxValue))];
        Unavailable = [.. e.Unavailable.Select(u => (u.From.UtcTicks, u.To.UtcTicks))];
        Assignments = [.. e.Assignments.Select(a => new AssignmentFact(a.SessionId, new Keyed(a.TendererId), a.From.UtcTicks, a.To.UtcTicks))];
    }

    public ExpertStatus Status { get; }

    public Qualification Qualification { get; }

    public int BirthDay { get; }

    public System.Collections.Immutable.ImmutableArray<string> Specialties { get; }

    /// <summary>The first four digits of the home region (the city), or -1.</summary>
    public int City { get; }

    /// <summary>The snapshot entry <c>"expertId regionCode"</c>.</summary>
    public string Entry { get; }

    internal Keyed[] Employers { get; }

    internal int[] EmployedUntil { get; }

    internal Keyed[] Conflicts { get; }

    internal bool Misconduct { get; }

    internal (int From, int Until)[] Suspensions { get; }

    internal (long From, long To)[] Unavailable { get; }

    internal AssignmentFact[] Assignments { get; }

    public static DrawProfile From(string expertId, ExpertState expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return new DrawProfile(expertId, expert);
    }

    /// <summary>An id with its hash code, compared by hash first.</summary>
    internal readonly record struct Keyed(string Id)
    {
        public int Hash { get; } = StringComparer.Ordinal.GetHashCode(Id);

        public bool In(KeySet set) => set.Contains(this);
    }

    internal readonly record struct AssignmentFact(string SessionId, Keyed Tenderer, long From, long To);
}

/// <summary>A set of ids looked up by precomputed hash, then confirmed by ordinal equality.</summary>
internal sealed class KeySet(IEnumerable<string> ids)
{
    private readonly Dictionary<int, List<string>> byHash = ids
        .Distinct(StringComparer.Ordinal)
        .GroupBy(id => StringComparer.Ordinal.GetHashCode(id))
        .ToDictionary(g => g.Key, g => g.ToList());

    public bool Contains(DrawProfile.Keyed key) =>
        byHash.TryGetValue(key.Hash, out var ids) && ids.Exists(id => string.Equals(id, key.Id, StringComparison.Ordinal));
}
