using System.Text.Json;
using RemoteEvaluation.Client.Streams;
using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client.Tests.Streams;

public sealed class EventStreamTrackerTests : IDisposable
{
    private readonly List<(string Stream, long Version)> _applied = [];
    private readonly EventStreamTracker _tracker;

    public EventStreamTrackerTests() =>
        _tracker = new EventStreamTracker((envelope, _) =>
        {
            _applied.Add((envelope.Stream, envelope.Version));
            return ValueTask.CompletedTask;
        });

    [Fact]
    public async Task Versions_in_order_are_applied_and_remembered()
    {
        var outcome = await _tracker.OfferAsync([Event("s/1", 1), Event("s/1", 2), Event("s/2", 1)], TestContext.Current.CancellationToken);

        Assert.Equal(new OfferOutcome(3, 0, 0), outcome);
        Assert.Equal(2, _tracker.LastApplied("s/1"));
        Assert.Equal(1, _tracker.LastApplied("s/2"));
        Assert.Equal(0, _tracker.LastApplied("s/3"));
    }

    [Fact]
    public async Task Repeats_of_applied_versions_are_dropped()
    {
        await _tracker.OfferAsync([Event("s/1", 1), Event("s/1", 2)], TestContext.Current.CancellationToken);

        var outcome = await _tracker.OfferAsync([Event("s/1", 1), Event("s/1", 2), Event("s/1", 3)], TestContext.Current.CancellationToken);

        Assert.Equal(new OfferOutcome(1, 2, 0), outcome);
        Assert.Equal([1, 2, 3], _applied.Select(a => a.Version));
        Assert.Equal(2, _tracker.DuplicatesDropped);
    }

    [Fact]
    public async Task Versions_after_a_gap_wait_until_the_gap_is_filled_and_the_gap_is_reported()
    {
        List<StreamGap> gaps = [];
        _tracker.GapDetected += (_, gap) => gaps.Add(gap);
        await _tracker.OfferAsync([Event("s/1", 1)], TestContext.Current.CancellationToken);

        var held = await _tracker.OfferAsync([Event("s/1", 4), Event("s/1", 3)], TestContext.Current.CancellationToken);
        var filled = await _tracker.OfferAsync([Event("s/1", 2), Event("s/1", 3)], TestContext.Current.CancellationToken);

        Assert.Equal(new OfferOutcome(0, 0, 2), held);
        Assert.Equal(new StreamGap("s/1", 1, 4, 1), Assert.Single(gaps));
        Assert.Equal(new OfferOutcome(3, 1, 0), filled);
        Assert.Equal([1, 2, 3, 4], _applied.Select(a => a.Version));
        Assert.Empty(_tracker.Gaps());
    }

    [Fact]
    public async Task A_held_version_offered_again_is_a_duplicate()
    {
        await _tracker.OfferAsync([Event("s/1", 3)], TestContext.Current.CancellationToken);

        var again = await _tracker.OfferAsync([Event("s/1", 3)], TestContext.Current.CancellationToken);

        Assert.Equal(new OfferOutcome(0, 1, 1), again);
        Assert.Equal(new StreamGap("s/1", 0, 3, 1), Assert.Single(_tracker.Gaps()));
    }

    [Fact]
    public async Task Versions_declared_missing_are_skipped_and_the_held_ones_around_them_applied_in_order()
    {
        await _tracker.OfferAsync([Event("s/1", 1), Event("s/1", 3), Event("s/1", 5), Event("s/1", 6), Event("s/1", 8)], TestContext.Current.CancellationToken);

        var applied = await _tracker.SkipMissingAsync("s/1", throughVersion: 4, TestContext.Current.CancellationToken);

        Assert.Equal(3, applied);
        Assert.Equal([1, 3, 5, 6], _applied.Select(a => a.Version));
        Assert.Equal(6, _tracker.LastApplied("s/1"));
        Assert.Equal(new StreamGap("s/1", 6, 8, 1), Assert.Single(_tracker.Gaps()));
    }

    [Fact]
    public async Task A_seeded_stream_starts_after_the_seed()
    {
        _tracker.Seed("s/1", 10);

        await _tracker.OfferAsync([Event("s/1", 9), Event("s/1", 11)], TestContext.Current.CancellationToken);

        Assert.Equal([11], _applied.Select(a => a.Version));
    }

    [Fact]
    public async Task A_version_whose_apply_throws_is_not_counted_as_applied()
    {
        var fail = true;
        using var tracker = new EventStreamTracker((_, _) => fail ? throw new InvalidOperationException("view not ready") : ValueTask.CompletedTask);

        await Assert.ThrowsAsync<InvalidOperationException>(() => tracker.OfferAsync([Event("s/1", 1)], TestContext.Current.CancellationToken));
        fail = false;
        var retried = await tracker.OfferAsync([Event("s/1", 1)], TestContext.Current.CancellationToken);

        Assert.Equal(1, retried.Applied);
    }

    [Fact]
    public async Task Concurrent_offers_of_shuffled_overlapping_batches_apply_every_version_once_in_order()
    {
        var versions = Enumerable.Range(1, 500).Select(v => Event("s/1", v)).ToArray();
        var batches = Enumerable.Range(0, 8)
            .Select(seed => new Random(seed))
            .Select(random => versions.OrderBy(_ => random.Next()).Chunk(25))
            .SelectMany(chunks => chunks)
            .ToArray();

        await Task.WhenAll(batches.Select(batch => Task.Run(() => _tracker.OfferAsync(batch, TestContext.Current.CancellationToken))));

        Assert.Equal(Enumerable.Range(1, 500).Select(v => (long)v), _applied.Select(a => a.Version));
    }

    public void Dispose() => _tracker.Dispose();

    private static EventEnvelope Event(string stream, long version) =>
        new(stream, version, "score.recorded", DateTimeOffset.UnixEpoch, JsonSerializer.SerializeToElement(version));
}
