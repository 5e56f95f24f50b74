// Writes the demo province under samples/demo-province (deterministic for a seed):
//   dotnet run --project samples/RemoteEvaluation.Samples -- [--out samples/demo-province] [--seed demo-2026] [--experts 360]
using System.Globalization;
using System.Text;
using System.Text.Json;
using RemoteEvaluation.Grains.Import;
using RemoteEvaluation.Samples;

var folder = ArgValue("--out") ?? Path.Combine("samples", "demo-province");
var seed = ArgValue("--seed") ?? "demo-2026";
var experts = int.Parse(ArgValue("--experts") ?? "360", CultureInfo.InvariantCulture);
Directory.CreateDirectory(folder);
var utf8 = new UTF8Encoding(false);
var json = new JsonSerializerOptions(SiteDirectoryImporter.Json) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(Path.Combine(folder, "sites.json"), JsonSerializer.Serialize(DemoProvince.Sites(), json) + "\n", utf8);
File.WriteAllText(Path.Combine(folder, "experts.csv"), DemoProvince.ExpertsCsv(seed, experts), utf8);
var projects = DemoProvince.Projects().Select(p => new
{
    p.Code,
    p.Name,
    p.TendererId,
    p.Region,
    Bidders = p.Bidders.Select(b => new { b.CompanyId, b.People }),
    p.Departments,
    Lines = p.Lines.Select(l => new { l.Specialty, l.Count }),
});
File.WriteAllText(Path.Combine(folder, "projects.json"), JsonSerializer.Serialize(projects, json) + "\n", utf8);
Console.WriteLine($"Wrote {folder}: {DemoProvince.Sites().Count} centres, {experts} experts, {DemoProvince.Projects().Count} projects (seed '{seed}').");
return 0;

string? ArgValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
