namespace RemoteEvaluation.Grains.Reminders;

/// <summary>The reminders waiting for their time, earliest first (到期清单). Not thread-safe: its owner locks.</summary>
internal sealed class DueList
{
    private readonly SortedSet<(DateTimeOffset DueAt, string Key)> order = [];
    private readonly Dictionary<string, Scheduled> byKey = new(StringComparer.Ordinal);

    public int Count => byKey.Count;

    public DateTimeOffset? Next => order.Count == 0 ? null : order.Min.DueAt;

    public IEnumerable<Scheduled> All => byKey.Values;

    /// <summary>Adds <paramref name="reminder"/> of <paramref name="streamId"/>, or moves it to its new time.</summary>
    public void Set(string streamId, Reminder reminder)
    {
        var key = Key(streamId, reminder.Id);
        Remove(key);
        byKey[key] = new Scheduled(streamId, reminder);
        order.Add((reminder.DueAt, key));
    }

    public void Remove(string streamId, string localId) => Remove(Key(streamId, localId));

    /// <summary>Takes out every reminder due at <paramref name="now"/>.</summary>
    public List<Scheduled> TakeDue(DateTimeOffset now)
    {
        List<Scheduled> due = [];
        while (order.Count > 0 && order.Min.DueAt <= now)
        {
            var key = order.Min.Key;
            due.Add(byKey[key]);
            Remove(key);
        }

        return due;
    }

    private void Remove(string key)
    {
        if (byKey.Remove(key, out var known))
        {
            order.Remove((known.Reminder.DueAt, key));
        }
    }

    private static string Key(string streamId, string localId) => $"{streamId}#{localId}";

    public sealed record Scheduled(string StreamId, Reminder Reminder)
    {
        public string Key => DueList.Key(StreamId, Reminder.Id);
    }
}
