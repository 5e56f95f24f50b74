using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Samples;

/// <summary>
/// Generates a large expert pool in memory (<c>ExpertPoolGenerator.Generate(count, seed)</c>) for benchmarks:
/// one province (33) of eleven cities with four counties each, 40 second-level specialties, 2,000 employers, with conflicts,
/// misconduct penalties, department staff and past sessions (some recent, some at the same time as the
/// benchmark session) so that every avoidance rule has work to do. Sorted by expert id.
/// </summary>
public static class ExpertPoolGenerator
{
    public static readonly DateTimeOffset SessionFrom = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<string> Specialties =
        [.. new[] { "C05", "C06", "C07", "D01", "D02", "E01", "E02", "F01" }.SelectMany(c => Enumerable.Range(1, 5).Select(i => $"{c}{i:D2}"))];

    public static readonly IReadOnlyList<(string Id, string Name)> Employers = [.. Enumerable.Range(0, 2000).Select(i => ($"emp-{i:D4}", $"单位{i:D4}"))];

    public static readonly IReadOnlyList<(string Id, string Name)> Departments = [("dept-0", "住建厅"), ("dept-1", "水利厅"), ("dept-2", "交通运输厅")];

    public static IReadOnlyList<PoolExpert> Generate(int count, string seed)
    {
        using var random = new SampleRandom(seed, "pool");
        var counties = Enumerable.Range(1, 11).SelectMany(c => Enumerable.Range(1, 4).Select(k => $"33{c:D2}{k:D2}")).ToList();
        var generator = new ExpertGenerator(random, counties, Specialties, Employers, Departments);
        var pool = new PoolExpert[count];
        for (var i = 0; i < count; i++)
        {
            var e = generator.Next(i);
            var state = new ExpertState
            {
                Status = random.Percent(3) ? ExpertStatus.Suspended : ExpertStatus.Active,
                Name = e.Name,
                IdNumber = e.IdNumber,
                BirthDate = e.BirthDate,
                Phone = e.Phone,
                Region = e.Region,
                Specialties = [.. e.Specialties],
                Qualification = e.Qualification,
                Employment = [.. e.Employment],
                Conflicts = [.. e.Conflicts],
                Penalties = generator.MaybePenalty(i) is { } penalty ? [penalty] : [],
                Assignments = random.Percent(8) ? [PastSession(random)] : [],
            };
            pool[i] = new PoolExpert($"x-{i:D6}", state);
        }

        return pool;
    }

    private static Assignment PastSession(SampleRandom random)
    {
        var from = SessionFrom.AddDays(-random.Between(-1, 200)).AddHours(random.Between(0, 6));
        return new Assignment($"past-{random.Below(10_000)}", "d-past", $"emp-{random.Below(2000):D4}", from, from.AddHours(4));
    }
}
