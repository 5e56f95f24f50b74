using System.Globalization;
using System.Text;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.Import;

namespace RemoteEvaluation.Samples;

/// <summary>
/// The demo province (演示省, on Zhejiang's GB/T 2260 codes): a provincial centre, four city centres and six county
/// centres with rooms and seats, the links a coordinator approved, a few hundred experts across specialties whose
/// employers are also the bidders of the demo projects, so that avoidance visibly removes candidates.
/// </summary>
public static class DemoProvince
{
    public static readonly IReadOnlyList<string> Specialties = ["C0501", "C0502", "C0503", "C0601", "C0701", "D0101", "D0201", "E0101", "E0201"];

    public static readonly IReadOnlyList<(string Id, string Name)> Employers =
        [.. Enumerable.Range(1, 24).Select(i => ($"emp-{i:D2}", $"浙江演示{Industry(i)}有限公司{i:D2}"))];

    public static readonly IReadOnlyList<(string Id, string Name)> Departments = [("dept-zjjs", "演示省住房和城乡建设厅"), ("dept-zjsl", "演示省水利厅")];

    private static readonly (string City, string Name, string[] Counties)[] Cities =
    [
        ("330100", "杭州市", ["330106", "330110", "330122"]),
        ("330200", "宁波市", ["330203", "330212", "330226"]),
        ("330300", "温州市", ["330302", "330324", "330381"]),
        ("330600", "绍兴市", ["330602", "330624", "330681"]),
    ];

    private static readonly Dictionary<string, string> CountyCentres = new(StringComparer.Ordinal)
    {
        ["330122"] = "桐庐县", ["330226"] = "宁海县", ["330324"] = "永嘉县", ["330381"] = "瑞安市", ["330624"] = "新昌县", ["330681"] = "诸暨市",
    };

    public static IReadOnlyList<SiteImportRow> Sites()
    {
        var cities = Cities.Select(c => $"site-{c.City}").ToList();
        List<SiteImportRow> sites =
        [
            new("site-330000", "演示省公共资源交易中心", "330000", "Province", [new("r-1", "第一评标室", 12), new("r-2", "第二评标室", 12), new("r-3", "第三评标室", 12)], cities),
        ];
        foreach (var (city, name, counties) in Cities)
        {
            var countyCentres = counties.Where(CountyCentres.ContainsKey).Select(c => $"site-{c}").ToList();
            sites.Add(new($"site-{city}", $"{name}公共资源交易中心", city, "City", [new("r-1", "第一评标室", 9), new("r-2", "第二评标室", 9)],
                [.. cities.Where(c => string.CompareOrdinal(c, $"site-{city}") > 0), .. countyCentres]));
            sites.AddRange(countyCentres.Select(id => new SiteImportRow(id, $"{CountyCentres[id[5..]]}公共资源交易中心", id[5..], "County", [new("r-1", "评标室", 7)], [])));
        }

        return sites;
    }

    /// <summary>The experts in the CSV import format (<see cref="ExpertImporter.CsvHeader"/>).</summary>
    public static string ExpertsCsv(string seed, int count)
    {
        using var random = new SampleRandom(seed, "demo-province/experts");
        var generator = new ExpertGenerator(random, [.. Cities.SelectMany(c => c.Counties)], Specialties, Employers, Departments);
        var csv = new StringBuilder().Append(ExpertImporter.CsvHeader).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var e = generator.Next(i);
            csv.Append(CultureInfo.InvariantCulture, $"demo-{i:D4},{e.Name},{e.IdNumber},{Date(e.BirthDate)},{e.Phone},{e.Region},{e.Qualification},")
                .Append(string.Join(';', e.Specialties)).Append(',')
                .Append(Quote(string.Join(';', e.Employment.Select(j => $"{j.EmployerId}|{j.EmployerName}|{Date(j.From)}|{(j.Until is { } u ? Date(u) : string.Empty)}")))).Append(',')
                .Append(Quote(string.Join(';', e.Conflicts.Select(c => $"{c.CounterpartyId}|{c.Reason}|{Date(c.DeclaredOn)}"))))
                .Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Demo projects whose tenderers and bidders are employers of the pool (for draws with avoidance on).</summary>
    public static IReadOnlyList<DemoProject> Projects() =>
    [
        new("ZJ-2026-001", "演示省第一人民医院门诊楼建设工程", "emp-01", "330106", [("emp-02", ["p-emp02-1"]), ("emp-03", []), ("emp-05", [])], ["dept-zjjs"], [("C05", 5)]),
        new("ZJ-2026-002", "宁波某水库除险加固工程", "emp-07", "330212", [("emp-08", []), ("emp-09", ["p-emp09-1"])], ["dept-zjsl"], [("C0601", 3), ("E0101", 2)]),
        new("ZJ-2026-003", "温州市政务云平台采购", "emp-12", "330302", [("emp-13", []), ("emp-14", []), ("emp-15", [])], [], [("D0201", 4), ("E0201", 1)]),
    ];

    private static string Industry(int i) => (i % 4) switch { 0 => "建设集团", 1 => "工程设计院", 2 => "信息技术", _ => "水利水电工程" };

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string field) => field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
        ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : field;
}

/// <summary>A demo project (招标项目): tenderer, region, bidders with their people, departments and the lines to draw.</summary>
public sealed record DemoProject(
    string Code,
    string Name,
    string TendererId,
    string Region,
    IReadOnlyList<(string CompanyId, IReadOnlyList<string> People)> Bidders,
    IReadOnlyList<string> Departments,
    IReadOnlyList<(string Specialty, int Count)> Lines);
