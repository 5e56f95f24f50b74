using System.Reflection;
using System.Text.RegularExpressions;

namespace RemoteEvaluation.Storage.Schema;

/// <summary>
/// One versioned schema script, embedded from <c>Sql/</c>: <c>{Vendor}-{Feature}.sql</c> is version 1 of a
/// feature, <c>Migrations/{Vendor}-{Feature}-{Version}.sql</c> the later versions, applied in order.
/// </summary>
public sealed partial record SchemaScript(string Vendor, string Feature, int Version, string Sql)
{
    /// <summary>All scripts of one vendor, ordered by feature then version.</summary>
    public static IReadOnlyList<SchemaScript> For(string vendor)
    {
        var assembly = typeof(SchemaScript).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(name);
            if (match.Success && match.Groups["vendor"].Value == vendor)
            {
                var version = match.Groups["version"].Success ? int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                scripts.Add(new SchemaScript(vendor, match.Groups["feature"].Value, version, Read(assembly, name)));
            }
        }

        return [.. scripts.OrderBy(s => s.Feature, StringComparer.Ordinal).ThenBy(s => s.Version)];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Sql\.(Migrations\.)?(?<vendor>[A-Za-z]+)-(?<feature>[A-Za-z]+)(-(?<version>\d+))?\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceName();
}
