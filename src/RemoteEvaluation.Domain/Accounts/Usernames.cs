using System.Text.RegularExpressions;

namespace RemoteEvaluation.Domain.Accounts;

/// <summary>
/// Usernames (登录名): 3–32 lower-case letters, digits, <c>.</c>, <c>_</c> or <c>-</c>, starting with a letter or digit.
/// The username is the account's key and its stream id (<c>account/{username}</c>), so it never changes.
/// </summary>
public static partial class Usernames
{
    public const string Rule = "3–32 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

    public static bool IsValid(string? username) => username is not null && Pattern().IsMatch(username);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
