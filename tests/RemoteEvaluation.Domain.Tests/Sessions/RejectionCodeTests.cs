using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RemoteEvaluation.Domain.Sessions;

namespace RemoteEvaluation.Domain.Tests.Sessions;

public partial class RejectionCodeTests
{
    private static IEnumerable<(string Class, string Name, string Code)> Codes() =>
        typeof(SessionDecider).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rejections", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (t.Name, f.Name, (string)f.GetRawConstantValue()!)));

    [GeneratedRegex(@"^[a-z]+\.[a-z_]+$")]
    private static partial Regex DottedCode();

    [Fact]
    public void every_rejection_code_is_unique_and_dotted()
    {
        var codes = Codes().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Matches(DottedCode(), c.Code));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void every_rejection_code_has_a_test_naming_it()
    {
        var sources = string.Join('\n', Directory
            .EnumerateFiles(TestsDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith(nameof(RejectionCodeTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var untested = Codes().Where(c => !sources.Contains($"{c.Class}.{c.Name}", StringComparison.Ordinal)).Select(c => c.Code).ToList();
        Assert.True(untested.Count == 0, $"No test names: {string.Join(", ", untested)}");
    }

    private static string TestsDirectory([CallerFilePath] string here = "") => Path.GetDirectoryName(Path.GetDirectoryName(here))!;
}
