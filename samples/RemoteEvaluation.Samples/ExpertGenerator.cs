using System.Globalization;
using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Samples;

/// <summary>
/// Generates one expert's record from a seeded stream: home county, one or two specialties, qualification,
/// birth date with a valid resident ID number, one to three jobs (some ended recently, so the three-year rule
/// matters), and now and then a declared conflict, a misconduct penalty, a department job or a past session.
/// </summary>
public sealed class ExpertGenerator(SampleRandom random, IReadOnlyList<string> counties, IReadOnlyList<string> specialties, IReadOnlyList<(string Id, string Name)> employers, IReadOnlyList<(string Id, string Name)> departments)
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    public RegisterExpert Next(int sequence)
    {
        var county = random.Pick(counties);
        var birth = new DateOnly(random.Between(1958, 1992), random.Between(1, 12), random.Between(1, 28));
        var idNumber = IdNumber.WithCheckCharacter(county + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (sequence % 1000).ToString("D3", CultureInfo.InvariantCulture));
        var first = random.Pick(specialties);
        var held = random.Percent(35) ? new[] { first, random.Pick(specialties) }.Distinct().ToArray() : [first];
        var qualification = (Qualification)random.Between(1, 3);
        return new RegisterExpert(
            ChineseNames.Next(random),
            idNumber,
            birth,
            "1" + random.Between(3, 9).ToString(CultureInfo.InvariantCulture) + random.Between(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture),
            RegionCode.Parse(county),
            held,
            qualification,
            Jobs(birth),
            random.Percent(10) ? [new DeclaredConflict(random.Pick(employers).Id, "近亲属在该单位任职", Today.AddDays(-random.Between(10, 900)))] : []);
    }

    /// <summary>A misconduct penalty for a few experts (about 3%), or none.</summary>
    public Penalty? MaybePenalty(int sequence) =>
        random.Percent(3) ? new Penalty($"pen-{sequence}", PenaltyKind.Warning, true, "评标中私下接触投标人", Today.AddDays(-random.Between(30, 2000)), null) : null;

    private List<Employment> Jobs(DateOnly birth)
    {
        List<Employment> jobs = [];
        var start = birth.AddYears(23);
        var count = random.Between(1, 3);
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var employer = last && random.Percent(5) ? random.Pick(departments) : random.Pick(employers);
            var until = last ? (DateOnly?)null : start.AddYears(random.Between(2, 12));
            if (until is { } end && end > Today)
            {
                until = Today.AddDays(-random.Between(30, 1500));
            }

            if (until is { } stop && stop < start)
            {
                break;
            }

            jobs.Add(new Employment(employer.Id, employer.Name, start, until));
            start = (until ?? Today).AddDays(1);
        }

        return jobs;
    }
}
