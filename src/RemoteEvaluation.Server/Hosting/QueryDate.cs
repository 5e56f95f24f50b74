using System.Globalization;

namespace RemoteEvaluation.Server.Hosting;

/// <summary>A calendar day in a query string (<c>yyyy-MM-dd</c>), as the audit search and the session list take it.</summary>
internal static class QueryDate
{
    /// <summary>True for a blank value (no date, <paramref name="date"/> null) or a day; false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
