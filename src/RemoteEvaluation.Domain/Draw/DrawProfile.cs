using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Draw;

/// <summary>
/// What the draw rules read about one expert (抽取画像), flattened once when the pool is indexed. Checking 100,000
/// experts is bound by memory, not arithmetic, so every number a rule needs sits in one packed array
/// (<see cref="Facts"/>): specialty keys, employer hash codes with end days, conflict hash codes, suspension days,
/// and the counts of unavailable periods and sessions. The strings behind a hash code are read only when the hash
/// matches, to confirm it; times (ticks) are read only when there are any.
/// </summary>
public sealed class DrawProfile
{
    private DrawProfile(string expertId, ExpertState e)
    {
        Status = e.Status;
        Qualification = e.Qualification;
        BirthDay = e.BirthDate.DayNumber;
        City = e.Region.Value is { } region ? int.Parse(region.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) : -1;
        Entry = $"{expertId} {e.Region.Value}";
        Misconduct = e.Penalties.Any(p => p.TenderingMisconduct);
        EmployerIds = [.. e.Employment.Select(j => j.EmployerId)];
        ConflictIds = [.. e.Conflicts.Select(c => c.CounterpartyId)];
        AssignmentIds = [.. e.Assignments.Select(a => (a.SessionId, a.TendererId))];
        Times = [.. e.Unavailable.SelectMany(u => new[] { u.From.UtcTicks, u.To.UtcTicks }), .. e.Assignments.SelectMany(a => new[] { a.From.UtcTicks, a.To.UtcTicks })];
        var suspensions = e.Penalties.Where(p => p.Kind == PenaltyKind.Suspension).ToList();
        List<int> facts = [e.Specialties.Length, .. e.Specialties.Select(SpecialtyKey.Of)];
        facts.Add(e.Employment.Length);
        facts.AddRange(e.Employment.SelectMany(j => new[] { Hash(j.EmployerId), j.Until?.DayNumber ?? int.MaxValue }));
        facts.Add(e.Conflicts.Length);
        facts.AddRange(e.Conflicts.Select(c => Hash(c.CounterpartyId)));
        facts.Add(suspensions.Count);
        facts.AddRange(suspensions.SelectMany(p => new[] { p.Imposed.DayNumber, p.Until?.DayNumber ?? int.MaxValue }));
        facts.Add(e.Unavailable.Length);
        facts.Add(e.Assignments.Length);
        facts.AddRange(e.Assignments.Select(a => Hash(a.TendererId)));
        Facts = [.. facts];
    }

    public ExpertStatus Status { get; }

    public Qualification Qualification { get; }

    public int BirthDay { get; }

    /// <summary>The first four digits of the home region (the city), or -1.</summary>
    public int City { get; }

    /// <summary>The snapshot entry <c>"expertId regionCode"</c>.</summary>
    public string Entry { get; }

    public bool Misconduct { get; }

    internal int[] Facts { get; }

    internal string[] EmployerIds { get; }

    internal string[] ConflictIds { get; }

    internal (string SessionId, string TendererId)[] AssignmentIds { get; }

    /// <summary>Unavailable periods, then sessions, each as (from, to) in UTC ticks.</summary>
    internal long[] Times { get; }

    public static DrawProfile From(string expertId, ExpertState expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return new DrawProfile(expertId, expert);
    }

    /// <summary>Whether the expert holds a specialty that satisfies the requested key.</summary>
    internal bool Holds(SpecialtyKey requested) => HoldsAt(Facts, 0, requested);

    /// <summary><see cref="Holds"/> over packed facts starting at <paramref name="at"/> (a profile's own, or a pool column).</summary>
    internal static bool HoldsAt(int[] facts, int at, SpecialtyKey requested)
    {
        for (var i = at + 1; i <= at + facts[at]; i++)
        {
            if (requested.SatisfiedBy(facts[i]))
            {
                return true;
            }
        }

        return false;
    }

    internal static int Hash(string id) => StringComparer.Ordinal.GetHashCode(id);
}

/// <summary>A specialty code as a number: letter × 10,000 + the four digits (a class has its last two digits 00 and <see cref="IsClass"/>).</summary>
internal readonly record struct SpecialtyKey(int Key, bool IsClass)
{
    public static int Of(string code) =>
        ((code[0] - 'A') * 10_000) + int.Parse(code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) * (code.Length == 3 ? 100 : 1);

    public static SpecialtyKey Requested(string code) => new(Of(code), code.Length == 3);

    public bool SatisfiedBy(int held) => IsClass ? held / 100 == Key / 100 : held == Key;
}
