using System.Globalization;
using RemoteEvaluation.Server.Hosting;

namespace RemoteEvaluation.Server.Audit;

/// <summary>
/// The filters of the audit search (审计检索), checked: dates are calendar days of the session's scheduled start (in the
/// offset it was scheduled with), both ends included; centre, project and expert match as documented in protocol.md.
/// </summary>
public sealed record AuditSearch(DateOnly? From, DateOnly? To, string? Site, string? Project, string? Expert, int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    /// <summary>The filters read from the query, or the name of the field that is wrong and why.</summary>
    public static (AuditSearch? Search, string? Field, string? Why) Parse(string? from, string? to, string? site, string? project, string? expert, string? page, string? pageSize)
    {
        if (!QueryDate.TryParse(from, out var start))
        {
            return (null, "from", $"'{from}' is not a date (yyyy-MM-dd).");
        }

        if (!QueryDate.TryParse(to, out var end))
        {
            return (null, "to", $"'{to}' is not a date (yyyy-MM-dd).");
        }

        if (start > end)
        {
            return (null, "from", $"{from} is after {to}.");
        }

        if (!TryNumber(page, 1, out var number))
        {
            return (null, "page", "a page number of 1 or more.");
        }

        if (!TryNumber(pageSize, 50, out var size) || size > MaxPageSize)
        {
            return (null, "pageSize", $"a page size from 1 to {MaxPageSize}.");
        }

        return (new AuditSearch(start, end, Blank(site), Blank(project), Blank(expert), number, size), null, null);
    }

    public bool Matches(AuditedSession s) =>
        s.StartsAt is { } startsAt
        && (From is null || DateOnly.FromDateTime(startsAt.DateTime) >= From)
        && (To is null || DateOnly.FromDateTime(startsAt.DateTime) <= To)
        && (Site is null || s.RanAt(Site))
        && (Project is null || Contains(s.ProjectCode, Project) || Contains(s.ProjectName, Project))
        && (Expert is null || s.MemberIds.Contains(Expert));

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();


    private static bool TryNumber(string? text, int fallback, out int number)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            number = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1;
    }
}

/// <summary>One page of audit search results, newest start first.</summary>
public sealed record AuditSessionPage(int Total, int Page, int PageSize, IReadOnlyList<AuditedSession> Items);
