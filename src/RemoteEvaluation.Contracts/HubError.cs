using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RemoteEvaluation.Contracts;

/// <summary>
/// A refused or failed hub invocation (拒绝): a stable dotted code shared with the domain's rejections
/// (<c>session.wrong_phase</c>), a message a person can act on, and whether sending the same
/// invocation again (same command id) may succeed.
/// </summary>
/// <remarks>
/// Hubs either return it as a value or throw it as a <c>HubException</c> whose message is
/// <see cref="ToExceptionMessage"/>: <c>hub-error {code} {retriable|final}: {message}</c>.
/// SignalR puts text of its own before a <c>HubException</c>'s message on the wire
/// (<c>An unexpected error occurred invoking 'X' on the server. HubException: </c>), so
/// <see cref="TryParse"/> finds the marker anywhere in the error text.
/// </remarks>
public sealed partial record HubError(string Code, string Message, bool Retriable)
{
    /// <summary>The marker that starts the formatted error inside a completion's error text.</summary>
    public const string Marker = "hub-error ";

    /// <summary>The code a client reports when the server's error text carries no <see cref="HubError"/>.</summary>
    public const string UnstructuredCode = "hub.unstructured_error";

    /// <summary>Whether <paramref name="code"/> is a valid code: lower-case letters, digits, <c>. _ -</c>, starting with a letter or digit.</summary>
    public static bool IsValidCode([NotNullWhen(true)] string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>The text to pass to <c>new HubException(…)</c>: <c>hub-error {code} {retriable|final}: {message}</c>.</summary>
    /// <exception cref="FormatException">The code is not a valid code (see <see cref="IsValidCode"/>).</exception>
    public string ToExceptionMessage()
    {
        if (!IsValidCode(Code))
        {
            throw new FormatException($"'{Code}' is not a valid hub error code: use lower-case letters, digits and . _ -");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Marker}{Code} {(Retriable ? "retriable" : "final")}: {Message}");
    }

    /// <summary>Finds a formatted <see cref="HubError"/> in a completion's error text.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out HubError? error)
    {
        error = null;
        if (text is null)
        {
            return false;
        }

        var match = FormattedPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        error = new HubError(match.Groups["code"].Value, match.Groups["message"].Value, match.Groups["kind"].Value == "retriable");
        return true;
    }

    /// <summary>The <see cref="HubError"/> in <paramref name="text"/>, or one with <see cref="UnstructuredCode"/> carrying the whole text.</summary>
    public static HubError Parse(string? text) =>
        TryParse(text, out var error) ? error : new HubError(UnstructuredCode, text ?? string.Empty, false);

    public override string ToString() => $"{Code}: {Message}";

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"hub-error (?<code>[a-z0-9][a-z0-9._-]*) (?<kind>retriable|final): (?<message>.*)\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FormattedPattern();
}
