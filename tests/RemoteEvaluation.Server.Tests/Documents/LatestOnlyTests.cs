using RemoteEvaluation.Server.Documents;

namespace RemoteEvaluation.Server.Tests.Documents;

/// <summary>
/// The coalescer behind <c>ShowDocument</c>, driven step by step: each write waits until the test releases it, so what
/// is in flight and what waits is known exactly at every assertion (no timing involved).
/// </summary>
public sealed class LatestOnlyTests
{
    private readonly List<(string Key, int Page)> started = [];

    private readonly Dictionary<(string, int), TaskCompletionSource<int>> releases = [];
    private readonly LatestOnly<int, int> latest;

    public LatestOnlyTests()
    {
        latest = new LatestOnly<int, int>((key, page) =>
        {
            // The next write starts on the thread that finished the previous one, so the test reads these under the lock.
            lock (started)
            {
                started.Add((key, page));
                var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                releases[(key, page)] = release;
                return release.Task;
            }
        });
    }

    [Fact]
    public async Task an_idle_session_writes_a_position_at_once()
    {
        var shown = latest.SubmitAsync("s-1", 1);

        Assert.Equal([("s-1", 1)], Started);
        Release(("s-1", 1)).SetResult(101);
        Assert.Equal(new LatestOnly<int, int>.Outcome(true, 101), await shown);
    }

    [Fact]
    public async Task while_one_write_is_in_flight_later_positions_replace_each_other_and_only_the_latest_is_written_next()
    {
        var first = latest.SubmitAsync("s-1", 1);
        var second = latest.SubmitAsync("s-1", 2);
        var third = latest.SubmitAsync("s-1", 3);
        var fourth = latest.SubmitAsync("s-1", 4);

        Assert.Equal(LatestOnly<int, int>.Outcome.Superseded, await second);
        Assert.Equal(LatestOnly<int, int>.Outcome.Superseded, await third);
        Assert.Equal([("s-1", 1)], Started);

        Release(("s-1", 1)).SetResult(101);
        Assert.True((await first).WasWritten);
        await WaitUntil(() => Started.Length == 2);
        Assert.Equal([("s-1", 1), ("s-1", 4)], Started);

        Release(("s-1", 4)).SetResult(102);
        Assert.Equal(new LatestOnly<int, int>.Outcome(true, 102), await fourth);
        await WaitUntil(() => latest.Busy == 0);
        Assert.Equal(2, Started.Length);
    }

    [Fact]
    public async Task sessions_do_not_wait_for_each_other()
    {
        var one = latest.SubmitAsync("s-1", 1);
        var other = latest.SubmitAsync("s-2", 7);

        Assert.Equal([("s-1", 1), ("s-2", 7)], Started);
        Release(("s-2", 7)).SetResult(1);
        Assert.True((await other).WasWritten);
        Assert.False(one.IsCompleted);
        Release(("s-1", 1)).SetResult(1);
        await one;
    }

    [Fact]
    public async Task a_failed_write_fails_only_its_own_caller_and_the_next_position_is_still_written()
    {
        var failing = latest.SubmitAsync("s-1", 1);
        var next = latest.SubmitAsync("s-1", 2);

        Release(("s-1", 1)).SetException(new InvalidOperationException("database down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await WaitUntil(() => Started.Length == 2);
        Release(("s-1", 2)).SetResult(5);
        Assert.Equal(new LatestOnly<int, int>.Outcome(true, 5), await next);
    }

    [Fact]
    public async Task once_the_burst_is_written_the_next_position_starts_a_new_write_at_once()
    {
        var first = latest.SubmitAsync("s-1", 1);
        Release(("s-1", 1)).SetResult(1);
        await first;
        await WaitUntil(() => latest.Busy == 0);

        var again = latest.SubmitAsync("s-1", 2);

        Assert.Equal([("s-1", 1), ("s-1", 2)], Started);
        Release(("s-1", 2)).SetResult(2);
        await again;
    }

    private (string Key, int Page)[] Started
    {
        get
        {
            lock (started)
            {
                return [.. started];
            }
        }
    }

    private TaskCompletionSource<int> Release((string, int) write)
    {
        lock (started)
        {
            return releases[write];
        }
    }

    /// <summary>The drain continues on the thread that completed the previous write; this only waits for that step, with no deadline to tune.</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Yield();
        }
    }
}
