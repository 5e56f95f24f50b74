namespace RemoteEvaluation.Storage.Feed;

/// <summary>A stream reached <see cref="Version"/>. The payload of a change notification: never the event body.</summary>
public readonly record struct StreamAppended(string StreamId, long Version)
{
    /// <summary>The text sent with <c>pg_notify</c>: the version, a space, the stream id.</summary>
    public string ToPayload() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Version} {StreamId}");

    public static bool TryParse(string? payload, out StreamAppended appended)
    {
        appended = default;
        var space = payload?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space <= 0 || !long.TryParse(payload.AsSpan(0, space), System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        appended = new StreamAppended(payload![(space + 1)..], version);
        return appended.StreamId.Length > 0;
    }
}
