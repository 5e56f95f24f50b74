using System.Globalization;
using RemoteEvaluation.Server.Hosting;

namespace RemoteEvaluation.Server.Sessions;

/// <summary>
/// What <c>GET /api/sessions</c> was asked for (会话列表查询), checked: a page of <see cref="Take"/> sessions after the first
/// <see cref="Skip"/> in start order, and optionally the calendar days of the start (in the offset the session was
/// scheduled with, both ends included), as the audit search reads them.
/// </summary>
public sealed record SessionListQuery(int Skip, int Take, DateOnly? From, DateOnly? To)
{
    public const int DefaultTake = 100;
    public const int MaxTake = 200;

    /// <summary>The query, or the name of the field that is wrong and why.</summary>
    public static (SessionListQuery? Query, string? Field, string? Why) Parse(string? skip, string? take, string? from, string? to)
    {
        if (!TryNumber(skip, 0, out var skipped) || skipped < 0)
        {
            return (null, "skip", "a number of sessions to skip, 0 or more.");
        }

        if (!TryNumber(take, DefaultTake, out var taken) || taken is < 1 or > MaxTake)
        {
            return (null, "take", $"a page size from 1 to {MaxTake} (default {DefaultTake}).");
        }

        if (!QueryDate.TryParse(from, out var start))
        {
            return (null, "from", $"'{from}' is not a date (yyyy-MM-dd).");
        }

        if (!QueryDate.TryParse(to, out var end))
        {
            return (null, "to", $"'{to}' is not a date (yyyy-MM-dd).");
        }

        return start > end ? (null, "from", $"{from} is after {to}.") : (new SessionListQuery(skipped, taken, start, end), null, null);
    }

    /// <summary>Whether a session starting at <paramref name="startsAt"/> is within the dates.</summary>
    public bool Covers(DateTimeOffset startsAt)
    {
        var day = DateOnly.FromDateTime(startsAt.DateTime);
        return (From is null || day >= From) && (To is null || day <= To);
    }

    private static bool TryNumber(string? text, int fallback, out int number)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            number = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
