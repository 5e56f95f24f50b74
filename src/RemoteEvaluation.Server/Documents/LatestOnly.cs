namespace RemoteEvaluation.Server.Documents;

/// <summary>
/// Writes only the latest of a burst (只保留最新): per key, one write at a time; while it is in flight, later items replace
/// each other and only the last one is written next. A replaced item is answered as superseded without being written.
/// </summary>
/// <remarks>
/// The presenter may drag a page slider faster than the log can record: nobody needs the positions in between, and
/// writing them would delay the one that matters. Keys are independent, so one slow session never holds up another.
/// </remarks>
public sealed class LatestOnly<TItem, TResult>(Func<string, TItem, Task<TResult>> write)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Lane> lanes = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="item"/> now, or after the write in flight unless a later item replaces it first.</summary>
    public Task<Outcome> SubmitAsync(string key, TItem item)
    {
        var waiting = new Waiting(item);
        Waiting? replaced = null;
        bool idle;
        lock (gate)
        {
            idle = !lanes.TryGetValue(key, out var lane);
            if (idle)
            {
                lanes[key] = new Lane();
            }
            else
            {
                replaced = lane!.Next;
                lane.Next = waiting;
            }
        }

        replaced?.Done.TrySetResult(Outcome.Superseded);
        if (idle)
        {
            _ = DrainAsync(key, waiting);
        }

        return waiting.Done.Task;
    }

    /// <summary>Keys with a write in flight right now.</summary>
    public int Busy
    {
        get
        {
            lock (gate)
            {
                return lanes.Count;
            }
        }
    }

    private async Task DrainAsync(string key, Waiting first)
    {
        for (var current = first; current is not null;)
        {
            try
            {
                current.Done.TrySetResult(Outcome.Written(await write(key, current.Item)));
            }
            catch (Exception ex)
            {
                current.Done.TrySetException(ex);
            }

            lock (gate)
            {
                var lane = lanes[key];
                current = lane.Next;
                lane.Next = null;
                if (current is null)
                {
                    lanes.Remove(key);
                }
            }
        }
    }

    /// <summary>Written (with the write's result) or superseded by a later item before its turn.</summary>
    public sealed record Outcome(bool WasWritten, TResult? Result)
    {
        public static readonly Outcome Superseded = new(false, default);

        public static Outcome Written(TResult result) => new(true, result);
    }

    private sealed class Lane
    {
        public Waiting? Next { get; set; }
    }

    private sealed class Waiting(TItem item)
    {
        public TItem Item { get; } = item;

        public TaskCompletionSource<Outcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
