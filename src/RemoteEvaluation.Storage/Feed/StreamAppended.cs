namespace RemoteEvaluation.Storage.Feed;

/// <summary>
/// A stream reached <see cref="Version"/>. The payload of a change notification: never the event body. An append made
/// on this node also hands its events, exactly as stored, to this node's feed (<see cref="Events"/>), so that followers
/// need not read back what was just written; a notification from another node has none.
/// </summary>
public readonly record struct StreamAppended(string StreamId, long Version)
{
    /// <summary>The events of this append as stored, ending at <see cref="Version"/>; null when heard from elsewhere.</summary>
    public IReadOnlyList<RemoteEvaluation.Grains.Persistence.StoredEvent>? Events { get; init; }

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
