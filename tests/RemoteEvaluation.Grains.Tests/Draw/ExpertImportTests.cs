using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Import;

namespace RemoteEvaluation.Grains.Tests.Draw;

public abstract class ExpertImportTests : GrainTest
{
    private static readonly string Good1 = IdNumber.WithCheckCharacter("33020319750505001");
    private static readonly string Good2 = IdNumber.WithCheckCharacter("33030219800101002");
    private Node node = null!;

    private static string Csv => string.Join('\n',
        ExpertImporter.CsvHeader,
        $"e-1,王伟,{Good1},1975-05-05,13800000001,330203,Senior,C0501;C0502,\"corp-1|某设计院, 宁波|2000-07-01|\",corp-9|配偶任职|2024-01-01",
        "e-2,李娜,x,1975-13-05,13800000002,33020,Chief,C0501,,",
        $"e-3,,{Good2},1980-01-01,13800000003,330302,Senior,,,",
        $"e-4,张强,{Good2},1975-05-05,13800000004,330302,Senior,C0601,,",
        $"e-5,赵敏,{Good2},1980-01-01,13800000005,330302,Intermediate,C0601,corp-2|某公司|2020-01-01|2019-01-01,",
        "e-6,too,few,fields",
        $"e-7,陈杰,{Good2},1980-01-01,13800000007,330302,AssociateSenior,C0601;C0701,,");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        node = NewNode();
    }

    [Fact]
    public async Task good_csv_rows_are_imported_and_bad_rows_are_reported_with_reasons()
    {
        var report = await Importer().ImportCsvAsync(new StringReader(Csv), "coordinator-1", TestContext.Current.CancellationToken);

        Assert.Equal(["e-1", "e-7"], report.Rows.Where(r => r.Outcome == ImportOutcome.Imported).Select(r => r.Key));
        var byKey = report.Rows.Where(r => r.Key is not null).ToDictionary(r => r.Key!);
        Assert.Contains(byKey["e-2"].Reasons, r => r.StartsWith("import.invalid_date", StringComparison.Ordinal));
        Assert.Contains(byKey["e-2"].Reasons, r => r.StartsWith("import.invalid_region", StringComparison.Ordinal));
        Assert.Contains(byKey["e-2"].Reasons, r => r.StartsWith("import.invalid_qualification", StringComparison.Ordinal));
        Assert.Contains(byKey["e-3"].Reasons, r => r == "import.field_required: name");
        Assert.Contains(byKey["e-3"].Reasons, r => r == "import.field_required: specialties");
        Assert.StartsWith(ExpertRejections.InvalidIdNumber, Assert.Single(byKey["e-4"].Reasons), StringComparison.Ordinal);
        Assert.StartsWith(ExpertRejections.InvalidDates, Assert.Single(byKey["e-5"].Reasons), StringComparison.Ordinal);
        Assert.Equal((7, ImportOutcome.Rejected), (report.Rows.Single(r => r.Key is null).Row, report.Rows.Single(r => r.Key is null).Outcome));
        Assert.Equal("某设计院, 宁波", (await node.Grains.GetGrain<IExpertGrain>("e-1").GetSnapshotAsync()).State.Employment.Single().EmployerName);
    }

    [Fact]
    public async Task a_rejected_row_leaves_nothing_in_the_log()
    {
        await Importer().ImportCsvAsync(new StringReader(Csv), "coordinator-1", TestContext.Current.CancellationToken);

        foreach (var id in new[] { "e-2", "e-3", "e-4", "e-5" })
        {
            Assert.Null(await Fixture.Store.GetHeadAsync($"expert/{id}", TestContext.Current.CancellationToken));
        }

        Assert.Equal(3, (await Fixture.Store.GetHeadAsync("expert/e-1", TestContext.Current.CancellationToken))!.Version); // registered, job, conflict: one append
    }

    [Fact]
    public async Task importing_the_same_file_again_records_nothing()
    {
        await Importer().ImportCsvAsync(new StringReader(Csv), "coordinator-1", TestContext.Current.CancellationToken);

        var again = await Importer().ImportCsvAsync(new StringReader(Csv), "coordinator-1", TestContext.Current.CancellationToken);

        Assert.Equal(2, again.Unchanged);
        Assert.Equal(0, again.Imported);
        Assert.Equal(3, (await Fixture.Store.GetHeadAsync("expert/e-1", TestContext.Current.CancellationToken))!.Version);
    }

    [Fact]
    public async Task json_rows_are_imported_and_malformed_elements_are_reported()
    {
        var json = $$"""
            [
              {"id": "j-1", "name": "周杰", "id_number": "{{Good1}}", "birth_date": "1975-05-05", "phone": "1", "region": "330203",
               "qualification": "Senior", "specialties": ["C0501"], "employment": [{"employer_id": "corp-1", "employer_name": "某院", "from": "2001-01-01"}]},
              "not an expert",
              {"id": "j-3", "name": 42},
              {"id": "j-4", "name": "吴", "id_number": "{{Good1}}", "birth_date": "1975-05-05", "phone": "1", "region": "330203", "qualification": "Senior", "specialties": ["C05"]}
            ]
            """;

        var report = await Importer().ImportJsonAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "coordinator-1", TestContext.Current.CancellationToken);

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Rejected, ImportOutcome.Rejected], report.Rows.Select(r => r.Outcome));
        Assert.Equal([1, 2, 3, 4], report.Rows.Select(r => r.Row));
        Assert.StartsWith(ExpertRejections.InvalidSpecialty, report.Rows[3].Reasons.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_that_is_not_json_is_rejected_as_a_whole()
    {
        var report = await Importer().ImportJsonAsync(new MemoryStream("[{"u8.ToArray()), "coordinator-1", TestContext.Current.CancellationToken);

        Assert.StartsWith("import.malformed_file", Assert.Single(report.Rows).Reasons.Single(), StringComparison.Ordinal);
    }

    private ExpertImporter Importer() => node.Services.GetRequiredService<ExpertImporter>();
}

public sealed class ExpertImportTests_on_SQLite : ExpertImportTests
{
    protected override StoreVendor Vendor => StoreVendor.Sqlite;
}

public sealed class ExpertImportTests_on_PostgreSQL : ExpertImportTests
{
    protected override StoreVendor Vendor => StoreVendor.PostgreSql;
}
