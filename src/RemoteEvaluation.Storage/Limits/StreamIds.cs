using System.Text.RegularExpressions;

namespace RemoteEvaluation.Storage.Limits;

/// <summary>
/// Stream ids are <c>{kind}/{id}</c>: a lower-case kind (<c>session</c>, <c>expert</c>, <c>site</c>, <c>draw</c>…)
/// and an id of letters, digits and <c>. _ : -</c>, starting with a letter or digit.
/// </summary>
public static partial class StreamIds
{
    public static bool IsValid(string? streamId, int maxLength) =>
        streamId is not null && streamId.Length <= maxLength && Pattern().IsMatch(streamId);

    /// <summary>The kind of a valid stream id: the part before the slash.</summary>
    public static string KindOf(string streamId) => streamId[..streamId.IndexOf('/', StringComparison.Ordinal)];

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}/[A-Za-z0-9][A-Za-z0-9._:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
