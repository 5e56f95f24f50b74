using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Streams;

/// <summary>
/// Applies pushed events (事件) exactly once and in version order per stream. Keeps the last applied
/// version of each stream; drops versions already applied (repeats after a resync); holds versions
/// that arrive after a gap until the missing ones come (from <c>Resync(sessionId, afterVersion)</c>)
/// and reports the gap through <see cref="GapDetected"/>. Streams start at version 1 unless seeded.
/// Thread-safe: pushes and resync results may be offered concurrently; the apply callback runs one
/// event at a time.
/// </summary>
public sealed class EventStreamTracker : IDisposable
{
    private readonly Func<EventEnvelope, CancellationToken, ValueTask> _apply;
    private readonly int _maxHeldPerStream;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StreamPosition> _streams = new(StringComparer.Ordinal);
    private long _duplicates;

    /// <param name="apply">Applies one event; if it throws, that version counts as not applied and the exception propagates.</param>
    /// <param name="maxHeldPerStream">How many versions to hold behind a gap per stream; later ones are dropped and must come again from a resync.</param>
    public EventStreamTracker(Func<EventEnvelope, CancellationToken, ValueTask> apply, int maxHeldPerStream = 10_000)
    {
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeldPerStream);
        _apply = apply;
        _maxHeldPerStream = maxHeldPerStream;
    }

    /// <summary>
    /// Raised (on the offering thread, after the offer) when versions are held back because earlier ones
    /// are missing, and again with the remaining gap when an offer fills a gap only in part.
    /// </summary>
    public event EventHandler<StreamGap>? GapDetected;

    /// <summary>Versions dropped so far because they had been applied already.</summary>
    public long DuplicatesDropped => Interlocked.Read(ref _duplicates);

    /// <summary>The last version applied to <paramref name="stream"/>: the <c>afterVersion</c> to resync from (0 when none).</summary>
    public long LastApplied(string stream)
    {
        lock (_gate)
        {
            return _streams.TryGetValue(stream, out var position) ? position.LastApplied : 0;
        }
    }

    /// <summary>Streams with versions held behind a gap.</summary>
    public IReadOnlyList<StreamGap> Gaps()
    {
        lock (_gate)
        {
            return [.. _streams.Where(pair => pair.Value.Held.Count > 0).Select(pair => pair.Value.Gap(pair.Key))];
        }
    }

    /// <summary>Starts <paramref name="stream"/> after <paramref name="lastApplied"/> (a version already reflected, for example by a snapshot).</summary>
    public void Seed(string stream, long lastApplied)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(lastApplied);
        lock (_gate)
        {
            var position = Position(stream);
            position.LastApplied = Math.Max(position.LastApplied, lastApplied);
            while (position.Held.Count > 0 && position.Held.Keys[0] <= position.LastApplied)
            {
                position.Held.RemoveAt(0);
            }
        }
    }

    /// <summary>
    /// Applies what can be applied of <paramref name="events"/>, and the held versions they unblock.
    /// The outcome counts what this call applied and dropped, and what is held across all streams afterwards.
    /// </summary>
    public async Task<OfferOutcome> OfferAsync(IEnumerable<EventEnvelope> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        int applied = 0, duplicates = 0;
        List<StreamGap> gaps = [];
        await _turn.WaitAsync(cancellationToken);
        try
        {
            foreach (var envelope in events)
            {
                ArgumentNullException.ThrowIfNull(envelope);
                var verdict = Accept(envelope, gaps);
                if (verdict != Verdict.Next)
                {
                    duplicates += verdict == Verdict.Duplicate ? 1 : 0;
                    continue;
                }

                applied += await ApplyInOrderAsync(envelope, cancellationToken);
                lock (_gate)
                {
                    if (_streams[envelope.Stream].Held.Count > 0)
                    {
                        gaps.Add(_streams[envelope.Stream].Gap(envelope.Stream));
                    }
                }
            }
        }
        finally
        {
            _turn.Release();
        }

        // Raised after the turn is released, so a handler may offer events (or start a resync) itself.
        foreach (var gap in gaps)
        {
            GapDetected?.Invoke(this, gap);
        }

        return new OfferOutcome(applied, duplicates, HeldCount());
    }

    /// <summary>
    /// Declares that the versions of <paramref name="stream"/> up to <paramref name="throughVersion"/> that
    /// have not arrived will not come — for example events this audience may not see, when a resync has
    /// answered everything visible up to the stream's current version — and applies the held versions in
    /// that range in order. Later held versions then continue as usual.
    /// </summary>
    /// <returns>How many held versions were applied.</returns>
    public async Task<int> SkipMissingAsync(string stream, long throughVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var applied = 0;
            while (TakeFirstHeldUpTo(stream, throughVersion) is { } held)
            {
                await _apply(held, cancellationToken);
                lock (_gate)
                {
                    _streams[stream].LastApplied = held.Version;
                }

                applied++;
            }

            lock (_gate)
            {
                var position = Position(stream);
                position.LastApplied = Math.Max(position.LastApplied, throughVersion);
            }

            // The next version may have been held beyond the skipped range.
            if (TakeNextHeld(stream) is { } next)
            {
                applied += await ApplyInOrderAsync(next, cancellationToken);
            }

            return applied;
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();

    private EventEnvelope? TakeFirstHeldUpTo(string stream, long throughVersion)
    {
        lock (_gate)
        {
            if (!_streams.TryGetValue(stream, out var position) || position.Held.Count == 0 || position.Held.Keys[0] > throughVersion)
            {
                return null;
            }

            var first = position.Held.Values[0];
            position.Held.RemoveAt(0);
            return first;
        }
    }

    private enum Verdict
    {
        Next,
        Duplicate,
        Held,
    }

    /// <summary>Whether the envelope is the next version to apply; drops it as a duplicate or holds it behind a gap otherwise.</summary>
    private Verdict Accept(EventEnvelope envelope, List<StreamGap> gaps)
    {
        lock (_gate)
        {
            var position = Position(envelope.Stream);
            if (envelope.Version <= position.LastApplied || position.Held.ContainsKey(envelope.Version))
            {
                Interlocked.Increment(ref _duplicates);
                return Verdict.Duplicate;
            }

            if (envelope.Version == position.LastApplied + 1)
            {
                return Verdict.Next;
            }

            var opensGap = position.Held.Count == 0;
            if (position.Held.Count < _maxHeldPerStream)
            {
                position.Held.Add(envelope.Version, envelope);
            }

            if (opensGap)
            {
                gaps.Add(position.Gap(envelope.Stream));
            }

            return Verdict.Held;
        }
    }

    private async Task<int> ApplyInOrderAsync(EventEnvelope first, CancellationToken cancellationToken)
    {
        var applied = 0;
        for (var next = first; next is not null; next = TakeNextHeld(next.Stream))
        {
            await _apply(next, cancellationToken);
            lock (_gate)
            {
                _streams[next.Stream].LastApplied = next.Version;
            }

            applied++;
        }

        return applied;
    }

    private EventEnvelope? TakeNextHeld(string stream)
    {
        lock (_gate)
        {
            var position = _streams[stream];
            return position.Held.Remove(position.LastApplied + 1, out var envelope) ? envelope : null;
        }
    }

    private int HeldCount()
    {
        lock (_gate)
        {
            return _streams.Values.Sum(position => position.Held.Count);
        }
    }

    private StreamPosition Position(string stream)
    {
        if (!_streams.TryGetValue(stream, out var position))
        {
            position = new StreamPosition();
            _streams.Add(stream, position);
        }

        return position;
    }

    /// <summary>One stream's last applied version and the versions held behind a gap; guarded by the tracker's lock.</summary>
    private sealed class StreamPosition
    {
        public long LastApplied { get; set; }

        public SortedList<long, EventEnvelope> Held { get; } = [];

        public StreamGap Gap(string stream) => new(stream, LastApplied, Held.Keys[0], Held.Count);
    }
}
