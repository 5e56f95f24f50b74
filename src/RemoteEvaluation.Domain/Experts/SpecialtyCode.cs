namespace RemoteEvaluation.Domain.Experts;

/// <summary>
/// A specialty of the two-level expert classification (评标专家专业分类): a first-level class is a letter
/// and two digits (<c>C05</c>, 建筑工程), a second-level specialty adds two digits (<c>C0501</c>, 土建).
/// A request for a class matches every specialty under it; a request for a specialty matches only it.
/// </summary>
public static class SpecialtyCode
{
    public static bool IsValid(string? code) =>
        code is { Length: 3 or 5 } && char.IsAsciiLetterUpper(code[0]) && code.Skip(1).All(char.IsAsciiDigit);

    public static bool IsFirstLevel(string code) => IsValid(code) && code.Length == 3;

    /// <summary>The first-level class of a code (<c>C05</c> for <c>C0501</c>).</summary>
    public static string ClassOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code[..3];
    }

    /// <summary>Whether an expert's <paramref name="held"/> specialty satisfies a <paramref name="requested"/> code.</summary>
    public static bool Satisfies(string held, string requested)
    {
        ArgumentNullException.ThrowIfNull(held);
        return held.StartsWith(requested, StringComparison.Ordinal);
    }
}
