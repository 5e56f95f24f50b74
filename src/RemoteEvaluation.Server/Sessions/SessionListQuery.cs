using System.Globalization;
using RemoteEvaluation.Server.Hosting;

namespace RemoteEvaluation.Server.Sessions;

/// <summary>
/// What <c>GET /api/sessions</c> was asked for (会话列表查询), checked: a page of <see cref="Take"/> sessions after the first
/// <see cref="Skip"/> in start order (oldest first, or newest first by <see cref="Order"/>), and optionally the calendar
/// days of the start (in the offset the session was scheduled with, both ends included), as the audit search reads them.
/// </summary>
public sealed record SessionListQuery(int Skip, int Take, DateOnly? From, DateOnly? To, SessionListOrder Order = SessionListOrder.Oldest)
{
    public const int DefaultTake = 100;
    public const int MaxTake = 200;

    /// <summary>The query, or the name of the field that is wrong and why.</summary>
    public static (SessionListQuery? Query, string? Field, string? Why) Parse(string? skip, string? take, string? from, string? to, string? order = null)
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

        if (!TryOrder(order, out var ordered))
        {
            return (null, "order", $"'{order}' is not an order: oldest (the default) or newest.");
        }

        return start > end ? (null, "from", $"{from} is after {to}.") : (new SessionListQuery(skipped, taken, start, end, ordered), null, null);
    }

    /// <summary>
    /// <paramref name="sessions"/> in the asked order: by start, ties by session id (ordinal), so that pages never overlap;
    /// newest first is exactly the reverse of oldest first.
    /// </summary>
    public IEnumerable<T> Sort<T>(IEnumerable<T> sessions, Func<T, DateTimeOffset?> startsAt, Func<T, string> sessionId) =>
        Order == SessionListOrder.Newest
            ? sessions.OrderByDescending(startsAt).ThenByDescending(sessionId, StringComparer.Ordinal)
            : sessions.OrderBy(startsAt).ThenBy(sessionId, StringComparer.Ordinal);

    /// <summary>Whether a session starting at <paramref name="startsAt"/> is within the dates.</summary>
    public bool Covers(DateTimeOffset startsAt)
    {
        var day = DateOnly.FromDateTime(startsAt.DateTime);
        return (From is null || day >= From) && (To is null || day <= To);
    }

    private static bool TryOrder(string? text, out SessionListOrder order)
    {
        order = SessionListOrder.Oldest;
        switch (text)
        {
            case null or "" or "oldest":
                return true;
            case "newest":
                order = SessionListOrder.Newest;
                return true;
            default:
                return false;
        }
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
